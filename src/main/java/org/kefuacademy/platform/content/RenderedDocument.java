package org.kefuacademy.platform.content;

import java.util.List;

/** Safe HTML of a Markdown body and its table of contents (level-2 and level-3 headings). */
public record RenderedDocument(String html, List<Heading> headings, boolean hasDiagrams) {

    public record Heading(int level, String anchor, String text) {
    }

    public RenderedDocument {
        headings = List.copyOf(headings);
    }
}
