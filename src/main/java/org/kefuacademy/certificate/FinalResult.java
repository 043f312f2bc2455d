package org.kefuacademy.certificate;

import java.util.List;

/**
 * A person's final comprehensive assessment: each part with its percent (null while missing), the
 * basis it was computed from and what is still missing; the weighted overall and the verdict once
 * every part is there.
 */
public record FinalResult(long accountId, Part theory, Part practical, Part attitude, Integer overall, boolean passed,
                          PolicyView policy) {

    public boolean complete() {
        return overall != null;
    }

    /** One part: its percent, how it was computed, and what is missing (message keys with arguments). */
    public record Part(Integer percent, List<Note> basis, List<Note> missing) {
        public Part {
            basis = List.copyOf(basis);
            missing = List.copyOf(missing);
        }
    }

    /** A line to show, as a message key and its arguments. */
    public record Note(String key, List<Object> args) {
        public Note {
            args = List.copyOf(args);
        }

        public static Note of(String key, Object... args) {
            return new Note(key, List.of(args));
        }
    }
}
