package org.kefuacademy.roleplay.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefuacademy.platform.Competence;

/**
 * A condition on a choice or a route: terms joined by {@code and}, each on the mood, the running
 * points of a competence or in total, the last reply's completeness, or a flag.
 */
public record Condition(String source, List<Term> terms) {
    private static final Pattern COMPARISON = Pattern.compile("^([a-z][a-z-]*)\\s*(>=|<=|!=|>|<|=)\\s*(-?\\d{1,4})$");
    private static final Pattern FLAG = Pattern.compile("^(not\\s+)?flag\\s+(\\S+)$");
    public static final Condition ALWAYS = new Condition("", List.of());

    public Condition {
        terms = List.copyOf(terms);
    }

    /** One test against the state of a run. */
    public sealed interface Term {
        boolean test(RunState state);
    }

    record Compare(String variable, Competence competence, String operator, int value) implements Term {
        @Override
        public boolean test(RunState state) {
            int actual = switch (variable) {
                case "mood" -> state.mood();
                case "total" -> state.totalPoints();
                case "reply" -> state.lastReplyPercent();
                default -> state.points(competence);
            };
            return switch (operator) {
                case ">=" -> actual >= value;
                case "<=" -> actual <= value;
                case ">" -> actual > value;
                case "<" -> actual < value;
                case "=" -> actual == value;
                default -> actual != value;
            };
        }
    }

    record FlagTest(String flag, boolean negated) implements Term {
        @Override
        public boolean test(RunState state) {
            return state.flags().contains(flag) != negated;
        }
    }

    public boolean isAlways() {
        return terms.isEmpty();
    }

    public boolean test(RunState state) {
        return terms.stream().allMatch(t -> t.test(state));
    }

    /** Flags this condition reads (for the check that every flag read is set somewhere). */
    public Set<String> flagsRead() {
        return Set.copyOf(terms.stream().filter(FlagTest.class::isInstance).map(t -> ((FlagTest) t).flag()).toList());
    }

    static Condition parse(String text) {
        List<Term> terms = new ArrayList<>();
        for (String raw : text.strip().split("\\s+and\\s+")) {
            String part = raw.strip();
            Matcher flag = FLAG.matcher(part);
            if (flag.matches()) {
                if (!Effect.FLAG.matcher(flag.group(2)).matches()) {
                    throw new SyntaxProblem("roleplay.problem.bad-flag", flag.group(2));
                }
                terms.add(new FlagTest(flag.group(2), flag.group(1) != null));
                continue;
            }
            Matcher m = COMPARISON.matcher(part);
            if (!m.matches()) {
                throw new SyntaxProblem("roleplay.problem.bad-condition", part);
            }
            String variable = m.group(1);
            Competence competence = null;
            if (!Set.of("mood", "total", "reply").contains(variable)) {
                competence = Competence.byId(variable)
                        .orElseThrow(() -> new SyntaxProblem("roleplay.problem.unknown-variable", variable));
            }
            terms.add(new Compare(variable, competence, m.group(2), Integer.parseInt(m.group(3))));
        }
        return new Condition(text.strip(), terms);
    }
}
