package org.kefuacademy.testsupport.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Near-valid inputs for the parser fuzz tests: a real file mutated a few times (cut, lines duplicated,
 * deleted, swapped or re-indented, random Unicode and control characters, very long lines, huge numbers,
 * broken YAML). Mutations draw from a {@link Random} so that jqwik's seed makes every failure repeatable;
 * the mutated text itself is what jqwik reports as the falsifying sample.
 */
public final class Mutations {
    private static final String[] NASTY = {"", "\u0000", "\u0007", "\t", "\r", "\r\n", "\uFEFF", "\u200B", "\u202E",
            "\uD83D\uDE00", "\uD800", "\uFFFD", "客服", "业主投诉：楼上漏水！", "：", "，", "【】", "“”", "---", "...",
            ": ", "- ", "- [x] ", "## ", "## Q x", "{", "}", "[", "]", "{{", "&", "<", ">", "<![CDATA[", "]]>", "&amp;",
            "'", "\"", "\\", "%", "%-100%", "=", "~", "->", "=>", "|", "#", "####", "::", "$CATEGORY:", "*", "!",
            "99999999999999999999999", "-2147483649", "2147483648", "1e309", "NaN", "-0", "0x1F", "1.5", "null", "~",
            "!!binary", "!!python/object", "&a [*a, *a]", "*undefined", "? ", "@", "`", "(1 分)", "（3分）", "=> ",
            "1. ", "0. ", "- 动作 | 99 | 说明", "- 动作 | 5 |"};

    private Mutations() {
    }

    /** One of the originals, mutated one to four times. */
    public static Arbitrary<String> of(List<String> originals) {
        return Combinators.combine(Arbitraries.of(originals), Arbitraries.randoms(), Arbitraries.integers().between(1, 4))
                .as(Mutations::mutate);
    }

    public static String mutate(String original, Random random, int times) {
        String text = original;
        for (int i = 0; i < times; i++) {
            text = once(text, random);
        }
        return text;
    }

    private static String once(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = lines.size();
        int at = random.nextInt(n);
        switch (random.nextInt(13)) {
            case 0 -> {
                return text.substring(0, random.nextInt(text.length() + 1));
            }
            case 1 -> lines.add(at, lines.get(random.nextInt(n)));
            case 2 -> {
                if (n > 1) {
                    lines.remove(at);
                }
            }
            case 3 -> {
                int other = random.nextInt(n);
                String swap = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, swap);
            }
            case 4 -> lines.set(at, insert(lines.get(at), nasty(random), random));
            case 5 -> lines.set(at, insert(lines.get(at), randomUnicode(random), random));
            case 6 -> lines.set(at, lines.get(at) + "长".repeat(2000 + random.nextInt(20000)));
            case 7 -> lines.set(at, " ".repeat(1 + random.nextInt(5)) + lines.get(at));
            case 8 -> lines.set(at, lines.get(at).stripLeading());
            case 9 -> lines.set(at, lines.get(at).replaceAll("\\d+", random.nextBoolean() ? "99999999999999999999" : "-1"));
            case 10 -> lines.set(at, brokenYaml(random));
            case 11 -> lines.add(at, lines.get(at).replaceFirst("^(\\s*)", "$1" + java.util.regex.Matcher.quoteReplacement(nasty(random))));
            default -> lines.set(at, "");
        }
        return String.join("\n", lines);
    }

    private static String insert(String line, String piece, Random random) {
        int pos = random.nextInt(line.length() + 1);
        return line.substring(0, pos) + piece + line.substring(pos);
    }

    private static String nasty(Random random) {
        return NASTY[random.nextInt(NASTY.length)];
    }

    private static String brokenYaml(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "title: [未闭合";
            case 1 -> "  - 缩进错了: {";
            case 2 -> "week: " + "9".repeat(1 + random.nextInt(40));
            case 3 -> "competences: 不是列表";
            case 4 -> "a: &a [1]\nb: *a\nc: *nothing";
            case 5 -> "\tid: tab";
            case 6 -> "id: !!java.io.File /etc/passwd";
            default -> "? [复杂, 键]\n: 值";
        };
    }

    private static String randomUnicode(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            int cp = switch (kind) {
                case 0 -> 0x4E00 + random.nextInt(0x9FFF - 0x4E00); // CJK
                case 1 -> random.nextInt(0x20);                       // control characters
                case 2 -> 0x20 + random.nextInt(0x5F);                // ASCII
                default -> random.nextInt(0x110000);                  // anything, surrogates included
            };
            sb.append(Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp) ? Character.toString(cp) : "\uDC00");
        }
        return sb.toString();
    }
}
