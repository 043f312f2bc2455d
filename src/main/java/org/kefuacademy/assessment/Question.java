package org.kefuacademy.assessment;

import java.util.List;
import org.kefuacademy.platform.Competence;

/**
 * One question as written in a bank file. Which answer fields are filled depends on the type:
 * options (single, multiple), truth (truefalse), accepted (fill), steps in the right order
 * (ordering), pairs (matching), rubric (short).
 */
public record Question(String id, QuestionType type, List<Competence> competences, int difficulty, int points,
                       String topic, String stem, List<Option> options, Boolean truth, List<String> accepted,
                       List<String> steps, List<Pair> pairs, List<RubricItem> rubric, String explanation, int line) {

    public record Option(String text, boolean correct) {
    }

    public record Pair(String left, String right) {
    }

    public record RubricItem(String text, int points) {
    }

    public Question {
        competences = List.copyOf(competences);
        options = List.copyOf(options);
        accepted = List.copyOf(accepted);
        steps = List.copyOf(steps);
        pairs = List.copyOf(pairs);
        rubric = List.copyOf(rubric);
    }

    public long correctOptionCount() {
        return options.stream().filter(Option::correct).count();
    }
}
