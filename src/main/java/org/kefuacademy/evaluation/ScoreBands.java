package org.kefuacademy.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The score bands of the training-effect report: below 60, 60–69, 70–79, 80–89, 90 and above. */
public final class ScoreBands {
    public static final List<String> LABELS = List.of("<60", "60–69", "70–79", "80–89", "≥90");
    private static final int[] LOWER = {60, 70, 80, 90};

    private ScoreBands() {
    }

    public static int bandOf(BigDecimal percent) {
        int band = 0;
        for (int lower : LOWER) {
            if (percent.compareTo(BigDecimal.valueOf(lower)) >= 0) {
                band++;
            }
        }
        return band;
    }

    /** How many of the percents fall in each band, lowest band first. */
    public static List<Integer> count(List<BigDecimal> percents) {
        int[] counts = new int[LABELS.size()];
        percents.forEach(p -> counts[bandOf(p)]++);
        List<Integer> list = new ArrayList<>();
        for (int c : counts) {
            list.add(c);
        }
        return list;
    }
}
