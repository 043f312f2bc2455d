package org.kefuacademy.roleplay.reply;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a free-text reply against the three lexicons. Deterministic and plain Java: the same
 * reply and lexicons always give the same analysis.
 */
public final class ReplyAnalyzer {
    private final Lexicon steps;
    private final Lexicon polite;
    private final Lexicon taboo;

    public ReplyAnalyzer(Lexicon steps, Lexicon polite, Lexicon taboo) {
        this.steps = steps;
        this.polite = polite;
        this.taboo = taboo;
    }

    public ReplyAnalysis analyse(String reply, Set<ServiceStep> expected) {
        String text = TextNormalizer.normalize(reply == null ? "" : reply);
        Map<ServiceStep, Hit> found = new EnumMap<>(ServiceStep.class);
        Map<ServiceStep, Hit> explained = new EnumMap<>(ServiceStep.class);
        for (LexiconGroup group : steps.groups()) {
            Optional<ServiceStep> step = ServiceStep.byId(group.id());
            step.ifPresent(s -> group.findIn(text, Lexicon.Category.STEPS).ifPresentOrElse(hit -> found.put(s, hit),
                    () -> explained.put(s, new Hit(Lexicon.Category.STEPS, group.id(), group.label(), group.reason(),
                            null, null, null, 0, 0))));
        }
        List<ServiceStep> missing = expected.stream().filter(s -> !found.containsKey(s)).sorted().toList();
        explained.keySet().retainAll(missing);
        return new ReplyAnalysis(found, missing, hits(polite, text), hits(taboo, text), explained);
    }

    private static List<Hit> hits(Lexicon lexicon, String text) {
        List<Hit> hits = new ArrayList<>();
        for (LexiconGroup group : lexicon.groups()) {
            group.findIn(text, lexicon.category()).ifPresent(hits::add);
        }
        return hits;
    }
}
