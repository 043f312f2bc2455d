package org.kefuacademy.roleplay.reply;

import java.util.List;

/** One lexicon file: the service steps, the polite phrases or the taboo phrases. */
public record Lexicon(String id, Category category, String title, List<LexiconGroup> groups) {

    public Lexicon {
        groups = List.copyOf(groups);
    }

    public enum Category {
        STEPS, POLITE, TABOO;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public int phraseCount() {
        return groups.stream().mapToInt(g -> g.phrases().size()).sum();
    }
}
