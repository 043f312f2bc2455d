package org.kefuacademy.testsupport.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Arbitrary form input: pieces of Chinese, emoji (pairs and joiners), control characters, broken surrogates,
 * SQL and HTML, runs of whitespace, joined to lengths from empty to beyond a column's maximum.
 */
public final class FormText {
    private static final List<String> PIECES = List.of("张三", "物业客服", "您好，请问有什么可以帮您？", "😀", "👩‍👩‍👧",
            "𠮷", "'", "\"", "\\", "%", "_", "'; drop table account; --", "' or '1'='1", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "&amp;", "{0}", "''", "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085",
            "\uD83D", "\uDE00", "\uFFFF", "\u202E", "\u200B", "\t", "\n", "\r\n", "   ", "\u3000", "a", "Z", "9");

    private FormText() {
    }

    /**
     * Text for a field of at most {@code limit} characters: mostly shorter, often around the limit (exactly
     * at it, just over it, padded with spaces that trimming removes), sometimes far beyond.
     */
    public static Arbitrary<String> arbitrary(int limit) {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(Math.max(1, limit / 2))
                .map(l -> String.join("", l));
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(2 * limit);
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(limit + 5);
        Arbitrary<String> atTheLimit = Arbitraries.integers().between(Math.max(0, limit - 2), limit + 2)
                .map(n -> (n % 2 == 0 ? "  " : "") + "客".repeat(n) + " \n");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, pieces),
                net.jqwik.api.Tuple.of(3, anyChars),
                net.jqwik.api.Tuple.of(2, chinese),
                net.jqwik.api.Tuple.of(1, atTheLimit),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("x".repeat(limit * 10))));
    }
}
