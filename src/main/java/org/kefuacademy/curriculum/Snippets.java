package org.kefuacademy.curriculum;

import java.util.Locale;

/** The text around a search phrase, without Markdown punctuation, for search results. */
final class Snippets {
    static final int CONTEXT = 40;

    private Snippets() {
    }

    static String around(String text, String phrase) {
        String plain = text.replaceAll("(?s)^---.*?\\n---\\n", "").replaceAll("[#*>|`\\-]+", " ")
                .replaceAll("\\s+", " ").strip();
        int at = plain.toLowerCase(Locale.ROOT).indexOf(phrase.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return plain.substring(0, Math.min(plain.length(), CONTEXT * 2)) + "…";
        }
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(plain.length(), at + phrase.length() + CONTEXT);
        return (from > 0 ? "…" : "") + plain.substring(from, to) + (to < plain.length() ? "…" : "");
    }
}
