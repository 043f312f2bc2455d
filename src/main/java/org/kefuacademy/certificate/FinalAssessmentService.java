package org.kefuacademy.certificate;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kefuacademy.assessment.AttemptResults;
import org.kefuacademy.observation.Checklist;
import org.kefuacademy.observation.ObservationService;
import org.kefuacademy.observation.ObservationSummary;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.roleplay.RoleplayService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the final comprehensive assessment from the other features' records: theory = best graded
 * final exam; practical = role-play share × the mean of the best assessed run per scenario + the rest
 * × the mean of the latest observation of each drill and the interview; attitude = the latest attitude
 * rating. Overall = the weighted sum; passed when it reaches the pass mark and every part its own.
 */
@Service
@Transactional(readOnly = true)
public class FinalAssessmentService {
    public static final String FINAL_EXAM = "assessment-final";

    private final AttemptResults attempts;
    private final RoleplayService roleplay;
    private final ObservationService observations;
    private final FinalPolicyService policies;
    private final AccessScope scope;

    FinalAssessmentService(AttemptResults attempts, RoleplayService roleplay, ObservationService observations,
                           FinalPolicyService policies, AccessScope scope) {
        this.scope = scope;
        this.attempts = attempts;
        this.roleplay = roleplay;
        this.observations = observations;
        this.policies = policies;
    }

    /** The person's own result; a trainer their cohorts' trainees'; HR anyone's. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public FinalResult result(long accountId) {
        scope.requireReadable(accountId);
        PolicyView policy = policies.current();
        List<ObservationSummary> observed = observations.latestPerChecklist(accountId);
        FinalResult.Part theory = theory(accountId);
        FinalResult.Part practical = practical(accountId, policy, observed);
        FinalResult.Part attitude = attitude(observed);
        Integer overall = null;
        boolean passed = false;
        if (theory.percent() != null && practical.percent() != null && attitude.percent() != null) {
            overall = (int) Math.round((policy.theoryWeight() * theory.percent() + policy.practicalWeight() * practical.percent()
                    + policy.attitudeWeight() * attitude.percent()) / 100.0);
            passed = overall >= policy.passOverall() && theory.percent() >= policy.passEachPart()
                    && practical.percent() >= policy.passEachPart() && attitude.percent() >= policy.passEachPart();
        }
        return new FinalResult(accountId, theory, practical, attitude, overall, passed, policy);
    }

    private FinalResult.Part theory(long accountId) {
        Optional<BigDecimal> best = attempts.bestGradedPercent(accountId, FINAL_EXAM);
        if (best.isEmpty()) {
            return new FinalResult.Part(null, List.of(), List.of(FinalResult.Note.of("final.missing.theory")));
        }
        int percent = best.get().setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        return new FinalResult.Part(percent, List.of(FinalResult.Note.of("final.basis.theory", percent)), List.of());
    }

    private FinalResult.Part practical(long accountId, PolicyView policy, List<ObservationSummary> observedLatest) {
        List<FinalResult.Note> basis = new ArrayList<>();
        List<FinalResult.Note> missing = new ArrayList<>();
        Map<String, Integer> best = roleplay.bestAssessed(accountId);
        Map<String, String> titles = roleplay.titles();
        Integer roleplayMean = null;
        best.forEach((scenario, percent) -> basis.add(FinalResult.Note.of("final.basis.roleplay-run",
                titles.getOrDefault(scenario, scenario), percent)));
        if (best.size() < policy.minRoleplayScenarios()) {
            missing.add(FinalResult.Note.of("final.missing.roleplay", best.size(), policy.minRoleplayScenarios()));
        } else if (!best.isEmpty()) {
            roleplayMean = (int) Math.round(best.values().stream().mapToInt(Integer::intValue).average().orElse(0));
            basis.add(FinalResult.Note.of("final.basis.roleplay-mean", roleplayMean, best.size()));
        }
        Map<String, ObservationSummary> latest = new java.util.HashMap<>();
        observedLatest.forEach(o -> latest.put(o.checklistKey(), o));
        List<Integer> observed = new ArrayList<>();
        for (Checklist c : observations.checklists()) {
            if (c.category() == Checklist.Category.ATTITUDE) {
                continue;
            }
            ObservationSummary o = latest.get(c.id());
            if (o == null) {
                missing.add(FinalResult.Note.of("final.missing.observation", c.title()));
            } else {
                observed.add(o.percent());
                basis.add(FinalResult.Note.of("final.basis.observation", c.title(), o.percent()));
            }
        }
        if (roleplayMean == null || !missing.isEmpty() || observed.isEmpty()) {
            return new FinalResult.Part(null, basis, missing);
        }
        int observedMean = (int) Math.round(observed.stream().mapToInt(Integer::intValue).average().orElse(0));
        int percent = (int) Math.round((policy.roleplayShare() * roleplayMean + (100 - policy.roleplayShare()) * observedMean) / 100.0);
        basis.add(FinalResult.Note.of("final.basis.practical", policy.roleplayShare(), roleplayMean, 100 - policy.roleplayShare(),
                observedMean, percent));
        return new FinalResult.Part(percent, basis, missing);
    }

    private static FinalResult.Part attitude(List<ObservationSummary> observedLatest) {
        return observedLatest.stream().filter(o -> o.category() == Checklist.Category.ATTITUDE)
                .findFirst()
                .map(o -> new FinalResult.Part(o.percent(), List.of(FinalResult.Note.of("final.basis.attitude", o.checklistTitle(),
                        o.percent())), List.of()))
                .orElseGet(() -> new FinalResult.Part(null, List.of(), List.of(FinalResult.Note.of("final.missing.attitude"))));
    }
}
