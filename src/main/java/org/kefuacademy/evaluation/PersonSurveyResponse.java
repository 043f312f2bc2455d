package org.kefuacademy.evaluation;

import java.time.Instant;
import java.util.List;

/** One response of a person, with every answer beside its question (the person record and the data export show it). */
public record PersonSurveyResponse(long responseId, long cohortId, int week, String title, Instant submittedAt, Instant updatedAt,
                                   List<Answer> answers) {
    public PersonSurveyResponse {
        answers = List.copyOf(answers);
    }

    /** A question and its answer: a score (with its anchor label) or a text; both null when skipped. */
    public record Answer(int questionNo, String question, Integer score, String scoreLabel, String text) {
    }

    public boolean isFinal() {
        return week == SurveyWindow.FINAL;
    }
}
