package org.kefuacademy.competence;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kefuacademy.competence.domain.EvidenceRepository;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competence gains of a cohort (training-effect report): each trainee's profile as it stood at a baseline
 * date (evidence up to then, weighted as on that day) against the profile today, averaged per competence.
 * From the per-day sums the heatmap uses; HR and administrators any cohort, a trainer only their own.
 */
@Service
@Transactional(readOnly = true)
public class CohortCompetenceGains {
    private final EvidenceRepository evidence;
    private final FrameworkSync frameworks;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final Clock clock;

    CohortCompetenceGains(EvidenceRepository evidence, FrameworkSync frameworks, CohortService cohorts, CurrentUser currentUser,
                          Clock clock) {
        this.evidence = evidence;
        this.frameworks = frameworks;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One row per competence, in the framework's order. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public List<CompetenceGain> gains(long cohortId, LocalDate baselineUntil) {
        var me = currentUser.require();
        if (!me.hasRole(Role.HR) && !me.hasRole(Role.ADMIN)
                && cohorts.mine().stream().noneMatch(c -> c.asTrainer() && c.cohort().id() == cohortId)) {
            throw new AccessDeniedException("not your cohort");
        }
        List<Long> trainees = cohorts.trainees(cohortId).stream().map(AccountSummary::id).toList();
        ProfileCalculator calc = new ProfileCalculator(frameworks.framework().map(CompetenceFramework::rules).orElse(ProfileRules.DEFAULT));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // per person and competence: weighted earned/possible at the baseline [0,1] and today [2,3]
        Map<Long, Map<Competence, double[]>> sums = new HashMap<>();
        if (!trainees.isEmpty()) {
            for (EvidenceRepository.DailySum d : evidence.dailySums(trainees)) {
                double[] s = sums.computeIfAbsent(d.getAccountId(), k -> new EnumMap<>(Competence.class))
                        .computeIfAbsent(Competence.byId(d.getCompetence()).orElseThrow(), k -> new double[4]);
                if (!d.getDay().isAfter(baselineUntil)) {
                    double w = calc.weight(d.getDay(), baselineUntil);
                    s[0] += w * d.getEarned().doubleValue();
                    s[1] += w * d.getPossible().doubleValue();
                }
                double w = calc.weight(d.getDay(), today);
                s[2] += w * d.getEarned().doubleValue();
                s[3] += w * d.getPossible().doubleValue();
            }
        }
        List<CompetenceGain> gains = new ArrayList<>();
        for (Competence c : Competence.values()) {
            double first = 0;
            double latest = 0;
            int people = 0;
            for (Map<Competence, double[]> mine : sums.values()) {
                double[] s = mine.get(c);
                if (s != null && s[1] > 0 && s[3] > 0) {
                    first += 100 * s[0] / s[1];
                    latest += 100 * s[2] / s[3];
                    people++;
                }
            }
            gains.add(people == 0 ? new CompetenceGain(c, null, null, 0)
                    : new CompetenceGain(c, (int) Math.round(first / people), (int) Math.round(latest / people), people));
        }
        return gains;
    }
}
