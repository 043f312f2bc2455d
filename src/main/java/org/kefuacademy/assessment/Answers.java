package org.kefuacademy.assessment;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.stream.Collectors;

/** Answers as readable text for the review: what was given, and what was right. */
public final class Answers {
    private Answers() {
    }

    public static String given(Component c, Question q, Response r) {
        if (r == null) {
            return c.getTranslation("review.no-answer");
        }
        return switch (r) {
            case Response.Choice ch -> ch.chosen().stream().sorted().filter(i -> i >= 0 && i < q.options().size())
                    .map(i -> q.options().get(i).text()).collect(Collectors.joining("；"));
            case Response.Truth t -> c.getTranslation(t.value() ? "exam.true" : "exam.false");
            case Response.Text t -> t.value();
            case Response.Order o -> o.steps().stream().filter(i -> i >= 0 && i < q.steps().size())
                    .map(q.steps()::get).collect(Collectors.joining(" → "));
            case Response.Match m -> m.rightOfLeft().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .filter(e -> e.getKey() < q.pairs().size() && e.getValue() >= 0 && e.getValue() < q.pairs().size())
                    .map(e -> q.pairs().get(e.getKey()).left() + " — " + q.pairs().get(e.getValue()).right())
                    .collect(Collectors.joining("；"));
        };
    }

    public static String right(Component c, Question q) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> q.options().stream().filter(Question.Option::correct).map(Question.Option::text)
                    .collect(Collectors.joining("；"));
            case TRUEFALSE -> c.getTranslation(Boolean.TRUE.equals(q.truth()) ? "exam.true" : "exam.false");
            case FILL -> String.join(" / ", q.accepted());
            case ORDERING -> String.join(" → ", q.steps());
            case MATCHING -> q.pairs().stream().map(p -> p.left() + " — " + p.right()).collect(Collectors.joining("；"));
            case SHORT -> q.rubric().stream().map(r -> r.text() + "（" + r.points() + "）").collect(Collectors.joining("；"));
        };
    }
}
