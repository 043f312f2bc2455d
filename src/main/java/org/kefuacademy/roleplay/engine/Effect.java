package org.kefuacademy.roleplay.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefuacademy.platform.Competence;

/** One effect of a choice, reply, timeout or node: points in a competence, a mood change, or a flag set or cleared. */
public sealed interface Effect {
    Pattern FLAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    int MAX_POINTS = 10;
    int MAX_MOOD = 50;

    record Points(Competence competence, int points) implements Effect {
    }

    record Mood(int change) implements Effect {
    }

    record SetFlag(String flag) implements Effect {
    }

    record ClearFlag(String flag) implements Effect {
    }

    Pattern SIGNED = Pattern.compile("^([a-z][a-z-]*)\\s+([+-]\\d{1,3})$");
    Pattern FLAG_OP = Pattern.compile("^(set|clear)\\s+(\\S+)$");

    /** Parses {@code complaints +2, mood -10, set rude} (half- or full-width commas). */
    static List<Effect> parseList(String text) {
        List<Effect> effects = new ArrayList<>();
        for (String raw : text.split("[,，、]")) {
            String item = raw.strip();
            if (item.isEmpty()) {
                throw new SyntaxProblem("roleplay.problem.bad-effect", text);
            }
            effects.add(parse(item));
        }
        return List.copyOf(effects);
    }

    private static Effect parse(String item) {
        Matcher flag = FLAG_OP.matcher(item);
        if (flag.matches()) {
            if (!FLAG.matcher(flag.group(2)).matches()) {
                throw new SyntaxProblem("roleplay.problem.bad-flag", flag.group(2));
            }
            return flag.group(1).equals("set") ? new SetFlag(flag.group(2)) : new ClearFlag(flag.group(2));
        }
        Matcher signed = SIGNED.matcher(item);
        if (!signed.matches()) {
            throw new SyntaxProblem("roleplay.problem.bad-effect", item);
        }
        int amount = Integer.parseInt(signed.group(2));
        if (signed.group(1).equals("mood")) {
            if (Math.abs(amount) > MAX_MOOD) {
                throw new SyntaxProblem("roleplay.problem.effect-range", item, -MAX_MOOD, MAX_MOOD);
            }
            return new Mood(amount);
        }
        Competence competence = Competence.byId(signed.group(1))
                .orElseThrow(() -> new SyntaxProblem("content.problem.unknown-competence", signed.group(1)));
        if (Math.abs(amount) > MAX_POINTS) {
            throw new SyntaxProblem("roleplay.problem.effect-range", item, -MAX_POINTS, MAX_POINTS);
        }
        return new Points(competence, amount);
    }
}
