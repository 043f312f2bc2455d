package org.kefuacademy.assessment;

import java.util.Arrays;
import java.util.Optional;

/** The question types of a bank file ({@code type:} line). */
public enum QuestionType {
    SINGLE("single"), MULTIPLE("multiple"), TRUEFALSE("truefalse"), FILL("fill"), ORDERING("ordering"),
    MATCHING("matching"), SHORT("short");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Graded by a trainer with a rubric rather than automatically. */
    public boolean manual() {
        return this == SHORT;
    }

    public static Optional<QuestionType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
