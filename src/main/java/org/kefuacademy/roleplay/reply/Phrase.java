package org.kefuacademy.roleplay.reply;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One way of saying something, as written in a lexicon: literal text where {@code *} stands for
 * up to {@value #GAP} characters, or a regular expression after {@code re:}. Both are matched
 * against normalised text ({@link TextNormalizer}).
 */
public final class Phrase {
    static final int GAP = 8;
    private final String source;
    private final Pattern pattern;

    private Phrase(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /** The phrase, or a {@link PatternSyntaxException} for a bad {@code re:} expression. */
    public static Phrase of(String source) {
        String written = source.strip();
        if (written.startsWith("re:")) {
            return new Phrase(written, Pattern.compile(written.substring(3).strip()));
        }
        StringBuilder regex = new StringBuilder();
        for (String part : written.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".{0,").append(GAP).append("}?");
            }
            regex.append(Pattern.quote(TextNormalizer.normalize(part)));
        }
        return new Phrase(written, Pattern.compile(regex.toString()));
    }

    /** Whether the phrase says nothing once normalised (only spaces, punctuation or stars). */
    public boolean isEmpty() {
        return pattern.matcher("").matches();
    }

    /** The matched stretch of the normalised text, if the phrase occurs in it. */
    public Optional<String> findIn(String normalizedText) {
        Matcher m = pattern.matcher(normalizedText);
        return m.find() && m.end() > m.start() ? Optional.of(m.group()) : Optional.empty();
    }

    public String source() {
        return source;
    }
}
