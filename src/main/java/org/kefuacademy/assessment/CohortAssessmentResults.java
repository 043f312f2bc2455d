package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kefuacademy.assessment.domain.AssessmentEntry;
import org.kefuacademy.assessment.domain.AssessmentEntryRepository;
import org.kefuacademy.assessment.domain.AttemptRepository;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cohort's assessment results in figures (for the HR dashboard): per assessment, when it opened in
 * the cohort's month and, per trainee, attempts made, best graded percent and whether they passed.
 * One aggregate query; access as {@link CohortService#readable(long)}.
 */
@Service
@Transactional(readOnly = true)
public class CohortAssessmentResults {
    private final AssessmentEntryRepository assessments;
    private final AttemptRepository attempts;
    private final CohortService cohorts;

    CohortAssessmentResults(AssessmentEntryRepository assessments, AttemptRepository attempts, CohortService cohorts) {
        this.assessments = assessments;
        this.attempts = attempts;
        this.cohorts = cohorts;
    }

    /** One trainee in one assessment; {@code bestPercent} null until an attempt is fully graded. */
    public record Tally(long accountId, int attempts, BigDecimal bestPercent, boolean passed) {
    }

    /** An assessment (week null for the final) and the cohort's trainees' tallies (absent: never started). */
    public record Results(String key, String title, Integer week, LocalDate opensOn, int passMark, Map<Long, Tally> byTrainee) {
        public Results {
            byTrainee = Map.copyOf(byTrainee);
        }

        /** Folded for reports that need no names: the best percents in order and how many passed. */
        public CohortAssessmentResult summary(int trainees) {
            List<BigDecimal> best = byTrainee.values().stream().map(Tally::bestPercent).filter(java.util.Objects::nonNull).sorted().toList();
            int passed = (int) byTrainee.values().stream().filter(Tally::passed).count();
            return new CohortAssessmentResult(key, title, week, passMark, trainees, best, passed);
        }
    }

    /** The weekly assessments in week order, then the final. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public List<Results> ofCohort(long cohortId) {
        CohortSummary cohort = cohorts.readable(cohortId);
        List<Long> ids = cohorts.trainees(cohortId).stream().map(AccountSummary::id).toList();
        Map<String, Map<Long, Tally>> byKey = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : attempts.tallies(ids)) {
                long id = ((Number) row[1]).longValue();
                byKey.computeIfAbsent((String) row[0], k -> new HashMap<>()).put(id, new Tally(id, ((Number) row[2]).intValue(),
                        row[3] == null ? null : new BigDecimal(row[3].toString()), row[4] != null && ((Number) row[4]).intValue() > 0));
            }
        }
        List<Results> list = new ArrayList<>();
        for (AssessmentEntry a : assessments.findByActiveTrueOrderByAssessmentKey()) {
            list.add(new Results(a.getAssessmentKey(), a.getTitle(), a.getWeekNo(),
                    TraineeAssessments.opensOn(a, cohort.calendar()), a.getPassMark(), byKey.getOrDefault(a.getAssessmentKey(), Map.of())));
        }
        list.sort(Comparator.comparing((Results r) -> r.week() == null ? 99 : r.week()).thenComparing(Results::key));
        return list;
    }
}
