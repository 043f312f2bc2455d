package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kefuacademy.assessment.domain.AssessmentEntry;
import org.kefuacademy.assessment.domain.AssessmentEntryRepository;
import org.kefuacademy.assessment.domain.AttemptRepository;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cohort's results per assessment for reports (the training-effect report): one aggregate query over
 * the cohort's trainees. HR and administrators any cohort; a trainer only the cohorts they train.
 */
@Service
@Transactional(readOnly = true)
public class CohortAssessmentResults {
    private final AttemptRepository attempts;
    private final AssessmentEntryRepository assessments;
    private final CohortService cohorts;
    private final CurrentUser currentUser;

    CohortAssessmentResults(AttemptRepository attempts, AssessmentEntryRepository assessments, CohortService cohorts,
                            CurrentUser currentUser) {
        this.attempts = attempts;
        this.assessments = assessments;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
    }

    /** The assessments in use, weekly ones by week then the final, each with the cohort's best results. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public List<CohortAssessmentResult> ofCohort(long cohortId) {
        var me = currentUser.require();
        if (!me.hasRole(Role.HR) && !me.hasRole(Role.ADMIN)
                && cohorts.mine().stream().noneMatch(c -> c.asTrainer() && c.cohort().id() == cohortId)) {
            throw new AccessDeniedException("not your cohort");
        }
        List<Long> trainees = cohorts.trainees(cohortId).stream().map(AccountSummary::id).toList();
        Map<String, List<AttemptRepository.BestResult>> byAssessment = trainees.isEmpty() ? Map.of()
                : attempts.bestResults(trainees).stream().collect(Collectors.groupingBy(AttemptRepository.BestResult::getAssessmentKey));
        List<CohortAssessmentResult> result = new ArrayList<>();
        for (AssessmentEntry a : assessments.findByActiveTrueOrderByAssessmentKey()) {
            List<AttemptRepository.BestResult> best = byAssessment.getOrDefault(a.getAssessmentKey(), List.of());
            List<BigDecimal> percents = best.stream().map(AttemptRepository.BestResult::getBestPercent)
                    .filter(java.util.Objects::nonNull).sorted().toList();
            int passed = (int) best.stream().filter(b -> b.getPassed() != null && b.getPassed() > 0).count();
            result.add(new CohortAssessmentResult(a.getAssessmentKey(), a.getTitle(), a.getWeekNo(), a.getPassMark(), trainees.size(),
                    percents, passed));
        }
        result.sort(Comparator.comparing((CohortAssessmentResult r) -> r.week() == null ? Integer.MAX_VALUE : r.week())
                .thenComparing(CohortAssessmentResult::assessmentKey));
        return result;
    }
}
