package org.kefuacademy.assessment;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The full-marks response to a question, as its file defines it (for demo data and checks). */
final class AnswerKey {
    private AnswerKey() {
    }

    static Response right(Question q) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> new Response.Choice(IntStream.range(0, q.options().size())
                    .filter(i -> q.options().get(i).correct()).boxed().collect(Collectors.toSet()));
            case TRUEFALSE -> new Response.Truth(q.truth());
            case FILL -> new Response.Text(q.accepted().getFirst());
            case ORDERING -> new Response.Order(IntStream.range(0, q.steps().size()).boxed().toList());
            case MATCHING -> new Response.Match(IntStream.range(0, q.pairs().size()).boxed()
                    .collect(Collectors.toMap(i -> i, i -> i)));
            case SHORT -> new Response.Text(q.explanation());
        };
    }
}
