package org.kefuacademy.evaluation;

import java.util.List;

/**
 * One survey of one cohort in figures: how many of its trainees answered, and per scale question the
 * number of answers, the mean and how often each score 1–5 was given.
 */
public record SurveyAggregate(long cohortId, int week, long trainees, long responses, List<QuestionStats> questions) {
    public SurveyAggregate {
        questions = List.copyOf(questions);
    }

    /** Responses as a share of the cohort's trainees, in whole percent (null for a cohort without trainees). */
    public Integer responseRatePercent() {
        return trainees == 0 ? null : (int) Math.round(100.0 * responses / trainees);
    }

    /**
     * A scale question of one template version. {@code distribution} holds the count of scores 1 to 5;
     * {@code versionNo} tells versions apart when a template changed while the cohort was answering.
     */
    public record QuestionStats(int versionNo, int questionNo, String question, long answers, Double mean, List<Long> distribution) {
        public QuestionStats {
            distribution = List.copyOf(distribution);
        }
    }
}
