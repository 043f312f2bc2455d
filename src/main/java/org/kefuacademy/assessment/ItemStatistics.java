package org.kefuacademy.assessment;

import java.util.List;
import java.util.Map;

/**
 * How one question performed over graded attempts: facility (mean share of its points earned),
 * discrimination (correlation of the item's score with the attempt's percentage: good items are
 * answered well by strong candidates) and, for choice questions, how often each option was picked.
 */
public record ItemStatistics(String questionId, String bankKey, QuestionType type, String stem, long answers,
                             double facility, Double discrimination, Map<String, Long> optionCounts) {

    /** Rules of thumb trainers use to spot questions worth a look. */
    public List<String> warnings() {
        java.util.List<String> w = new java.util.ArrayList<>();
        if (answers >= 5 && facility > 0.95) {
            w.add("stats.warning.too-easy");
        }
        if (answers >= 5 && facility < 0.3) {
            w.add("stats.warning.too-hard");
        }
        if (discrimination != null && answers >= 10 && discrimination < 0.1) {
            w.add("stats.warning.low-discrimination");
        }
        return w;
    }
}
