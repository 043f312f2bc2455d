package org.kefuacademy.evaluation;

import java.util.List;
import org.kefuacademy.competence.CompetenceGain;

/**
 * The training-effect report of a cohort (培训效果评估报告): results of every assessment, week-by-week
 * averages beside the survey feedback, and competence gains from the first week to now.
 */
public record EffectReport(long cohortId, String cohortName, long trainees, List<AssessmentRow> assessments, List<WeekRow> weeks,
                           List<CompetenceGain> gains) {
    public EffectReport {
        assessments = List.copyOf(assessments);
        weeks = List.copyOf(weeks);
        gains = List.copyOf(gains);
    }

    /**
     * One assessment: trainees who have a graded attempt ({@code takers}), how many passed, the pass rate
     * among takers, the mean of their best scores and how many fall in each {@link ScoreBands} band.
     */
    public record AssessmentRow(String key, String title, Integer week, int passMark, int takers, int passed,
                                Integer passRatePercent, Double mean, List<Integer> bands) {
        public AssessmentRow {
            bands = List.copyOf(bands);
        }
    }

    /**
     * A week (1–4, or {@link SurveyWindow#FINAL} for the end of the month): the mean best score and pass rate
     * of its assessment, and the mean of every scale answer in its survey with the response count and rate.
     */
    public record WeekRow(int week, Double assessmentMean, Integer passRatePercent, Double surveyMean, long surveyResponses,
                          Integer surveyResponseRatePercent) {
    }

    /** All the band counts summed over the assessments (the distribution histogram). */
    public List<Integer> bandTotals() {
        int[] totals = new int[ScoreBands.LABELS.size()];
        assessments.forEach(a -> {
            for (int i = 0; i < totals.length; i++) {
                totals[i] += a.bands().get(i);
            }
        });
        return java.util.Arrays.stream(totals).boxed().toList();
    }
}
