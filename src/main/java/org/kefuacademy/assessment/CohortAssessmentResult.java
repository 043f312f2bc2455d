package org.kefuacademy.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One assessment over a cohort: each trainee's best graded percent (trainees without a graded attempt are
 * left out) and how many passed. {@code week} is null for the final theory exam.
 */
public record CohortAssessmentResult(String assessmentKey, String title, Integer week, int passMark, int trainees,
                                     List<BigDecimal> bestPercents, int passed) {
    public CohortAssessmentResult {
        bestPercents = List.copyOf(bestPercents);
    }

    public int takers() {
        return bestPercents.size();
    }

    public boolean isFinal() {
        return week == null;
    }
}
