package org.kefuacademy.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trainee's answer to one question. Indices always refer to the question as written in its
 * file (options, steps and pairs in file order), whatever order the exam page showed them in.
 */
public sealed interface Response {

    /** Chosen option indices (single: one; multiple: any). */
    record Choice(Set<Integer> chosen) implements Response {
        public Choice {
            chosen = Set.copyOf(chosen);
        }
    }

    /** True or false for a statement. */
    record Truth(boolean value) implements Response {
    }

    /** Typed text: a fill-in blank, or a short answer for a trainer to grade. */
    record Text(String value) implements Response {
    }

    /** Step indices in the order the trainee put them. */
    record Order(List<Integer> steps) implements Response {
        public Order {
            steps = List.copyOf(steps);
        }
    }

    /** For each left item (index), the right item (index) the trainee matched it with. */
    record Match(Map<Integer, Integer> rightOfLeft) implements Response {
        public Match {
            rightOfLeft = Map.copyOf(rightOfLeft);
        }
    }
}
