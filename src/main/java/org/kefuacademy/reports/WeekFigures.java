package org.kefuacademy.reports;

/**
 * One assessment of a cohort (weeks 1–4, week null for the final): trainees who took it to a graded
 * result, how many passed, the pass rate and the average of each taker's best percent (null when
 * nobody has a graded result yet).
 */
public record WeekFigures(String assessmentKey, String title, Integer week, int trainees, int takers, int passed,
                          Integer passRatePercent, Double averagePercent) {
}
