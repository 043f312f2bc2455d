package org.kefuacademy.roleplay.reply;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings a reply and a phrase to one comparable form: full-width characters become half-width
 * (NFKC), letters lower case, and spaces and punctuation disappear, so that "您 好！" and "您好," match "您好".
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(TextNormalizer::keeps).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean keeps(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.MODIFIER_SYMBOL,
                 Character.OTHER_SYMBOL, Character.CONTROL, Character.FORMAT -> false;
            default -> true;
        };
    }
}
