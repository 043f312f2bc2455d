package org.kefuacademy.platform;

import java.time.LocalDate;

/**
 * Server-side checks of form fields, shared by every feature's services so that a field is refused the
 * same way whichever view (or caller) sent it. Each refusal is a {@link UserFacingException} whose key
 * names the field and the rule; it is thrown before anything is stored. Text is trimmed; text that holds
 * characters a database column cannot keep faithfully (control characters other than tab and line
 * breaks, half of a surrogate pair, U+FFFE/U+FFFF) is refused rather than silently changed.
 */
public final class Fields {
    /**
     * Dates outside this window are typing slips (year 0202, 20266) and some do not fit a MariaDB DATE
     * (1000-01-01..9999-12-31); features narrow it further where they know better (not in the future...).
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    static final String BAD_CHARACTERS = "form.bad-characters";
    static final String DATE_OUT_OF_RANGE = "form.date-out-of-range";

    private Fields() {
    }

    /**
     * The trimmed text; refused with {@code requiredKey} when blank and with {@code tooLongKey} (argument:
     * the maximum) when longer than {@code max} characters.
     */
    public static String required(String value, int max, String requiredKey, String tooLongKey) {
        String text = trimmed(value);
        if (text.isEmpty()) {
            throw new UserFacingException(requiredKey, max);
        }
        return checked(text, max, tooLongKey);
    }

    /** The trimmed text, or null when blank; refused with {@code tooLongKey} (argument: the maximum) when too long. */
    public static String optional(String value, int max, String tooLongKey) {
        String text = trimmed(value);
        return text.isEmpty() ? null : checked(text, max, tooLongKey);
    }

    /** Refuses text holding a character that cannot be stored faithfully; the message gives its position and code. */
    public static void requireStorable(String text) {
        int bad = firstUnstorable(text);
        if (bad >= 0) {
            throw new UserFacingException(BAD_CHARACTERS, bad + 1, String.format("U+%04X", (int) text.charAt(bad)));
        }
    }

    /** Whether every character of the text can be stored faithfully (for checks that report problems in bulk). */
    public static boolean isStorable(String text) {
        return firstUnstorable(text) < 0;
    }

    private static int firstUnstorable(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                i++;
            } else if (!storable(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A required date within {@link #EARLIEST_DATE}..{@link #LATEST_DATE}; refused with {@code requiredKey} when missing. */
    public static LocalDate date(LocalDate value, String requiredKey) {
        if (value == null) {
            throw new UserFacingException(requiredKey);
        }
        return optionalDate(value);
    }

    /** A date that may be missing, but if given lies within {@link #EARLIEST_DATE}..{@link #LATEST_DATE}. */
    public static LocalDate optionalDate(LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            throw new UserFacingException(DATE_OUT_OF_RANGE, value, EARLIEST_DATE, LATEST_DATE);
        }
        return value;
    }

    /** The number if within {@code min..max}; else refused with {@code key} and the arguments {@code value, min, max}. */
    public static int between(Integer value, int min, int max, String key) {
        if (value == null || value < min || value > max) {
            throw new UserFacingException(key, value == null ? "" : value, min, max);
        }
        return value;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static String checked(String text, int max, String tooLongKey) {
        if (text.length() > max) {
            throw new UserFacingException(tooLongKey, max);
        }
        requireStorable(text);
        return text;
    }

    private static boolean storable(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return !Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
