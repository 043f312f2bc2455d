package org.kefuacademy.assessment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes typed answers comparable the way a Chinese reader would: full-width and half-width forms
 * are the same (NFKC), spaces and punctuation do not matter, Latin letters ignore case.
 * "２４ 小时。" and "24小时" are the same answer.
 */
public final class AnswerText {
    private AnswerText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean punctuation = type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION;
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !punctuation) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
