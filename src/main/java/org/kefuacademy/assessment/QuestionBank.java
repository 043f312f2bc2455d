package org.kefuacademy.assessment;

import java.util.List;

/** A bank file: its id (e.g. {@code bank-w1d1}), the module it belongs to, and its questions. */
public record QuestionBank(String id, String title, String module, Integer week, List<Question> questions,
                           String sourcePath) {

    public QuestionBank {
        questions = List.copyOf(questions);
    }
}
