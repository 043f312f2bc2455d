package org.kefuacademy.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Grades one answer by the rules trainees are told in the exam instructions:
 * <ul>
 *   <li>single, true/false, fill-in: all or nothing (fill-in compared after {@link AnswerText});</li>
 *   <li>multiple: points × max(0, right ticks − wrong ticks) ÷ number of right options, so
 *       ticking everything earns nothing;</li>
 *   <li>ordering: points × steps in their correct place ÷ steps;</li>
 *   <li>matching: points × correct pairs ÷ pairs;</li>
 *   <li>short answer: waits for a trainer's rubric scores.</li>
 * </ul>
 */
public final class Grader {
    private Grader() {
    }

    public static Grade grade(Question q, Response response) {
        int max = q.points();
        if (q.type().manual()) {
            return response == null || isBlank(response) ? Grade.unanswered(max) : Grade.pending(max);
        }
        if (response == null || isBlank(response)) {
            return Grade.unanswered(max);
        }
        return switch (q.type()) {
            case SINGLE -> response instanceof Response.Choice c && c.chosen().size() == 1
                    && correctOption(q, c.chosen().iterator().next()) ? Grade.of(max, max) : Grade.of(0, max);
            case MULTIPLE -> response instanceof Response.Choice c ? multiple(q, c) : Grade.of(0, max);
            case TRUEFALSE -> response instanceof Response.Truth t && q.truth() == t.value() ? Grade.of(max, max)
                    : Grade.of(0, max);
            case FILL -> response instanceof Response.Text t && q.accepted().stream()
                    .anyMatch(a -> AnswerText.normalise(a).equals(AnswerText.normalise(t.value())))
                    ? Grade.of(max, max) : Grade.of(0, max);
            case ORDERING -> response instanceof Response.Order o ? ordering(q, o) : Grade.of(0, max);
            case MATCHING -> response instanceof Response.Match m ? matching(q, m) : Grade.of(0, max);
            case SHORT -> Grade.pending(max);
        };
    }

    private static boolean correctOption(Question q, int index) {
        return index >= 0 && index < q.options().size() && q.options().get(index).correct();
    }

    private static Grade multiple(Question q, Response.Choice c) {
        int right = 0;
        int wrong = 0;
        for (int index : c.chosen()) {
            if (index < 0 || index >= q.options().size()) {
                continue;
            }
            if (q.options().get(index).correct()) {
                right++;
            } else {
                wrong++;
            }
        }
        return Grade.of(q.points() * Math.max(0, right - wrong) / (double) q.correctOptionCount(), q.points());
    }

    private static Grade ordering(Question q, Response.Order o) {
        List<Integer> given = o.steps();
        int inPlace = 0;
        for (int position = 0; position < q.steps().size() && position < given.size(); position++) {
            if (given.get(position) == position) {
                inPlace++;
            }
        }
        return Grade.of(q.points() * inPlace / (double) q.steps().size(), q.points());
    }

    private static Grade matching(Question q, Response.Match m) {
        int right = 0;
        Set<Integer> usedRights = new HashSet<>();
        for (int left = 0; left < q.pairs().size(); left++) {
            Integer chosen = m.rightOfLeft().get(left);
            // The right-hand items are unique, so pair i is correct when left i is matched to right i.
            if (chosen != null && chosen == left && usedRights.add(chosen)) {
                right++;
            }
        }
        return Grade.of(q.points() * right / (double) q.pairs().size(), q.points());
    }

    /** No choice ticked, no text typed, nothing ordered or matched: the same as no answer. */
    static boolean isBlank(Response r) {
        return switch (r) {
            case Response.Choice c -> c.chosen().isEmpty();
            case Response.Truth t -> false;
            case Response.Text t -> t.value() == null || t.value().isBlank();
            case Response.Order o -> o.steps().isEmpty();
            case Response.Match m -> m.rightOfLeft().isEmpty();
        };
    }
}
