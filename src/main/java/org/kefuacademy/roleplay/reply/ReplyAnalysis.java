package org.kefuacademy.roleplay.reply;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a free-text reply did: the service steps found (with the phrase that showed each), the
 * expected steps still missing (with the lexicon's label and reason for each), and the polite and taboo phrases found, each with its reason.
 */
public record ReplyAnalysis(Map<ServiceStep, Hit> stepsFound, List<ServiceStep> missing, List<Hit> polite,
                            List<Hit> taboo, Map<ServiceStep, Hit> missingExplained) {

    public ReplyAnalysis {
        stepsFound = Map.copyOf(stepsFound);
        missing = List.copyOf(missing);
        missingExplained = Map.copyOf(missingExplained);
        polite = List.copyOf(polite);
        taboo = List.copyOf(taboo);
    }

    public ReplyAnalysis(Map<ServiceStep, Hit> stepsFound, List<ServiceStep> missing, List<Hit> polite, List<Hit> taboo) {
        this(stepsFound, missing, polite, taboo, Map.of());
    }

    /** Share of the expected steps found, 0–100. */
    public int percentOf(Set<ServiceStep> expected) {
        if (expected.isEmpty()) {
            return 100;
        }
        long found = expected.stream().filter(stepsFound::containsKey).count();
        return (int) Math.round(100.0 * found / expected.size());
    }
}
