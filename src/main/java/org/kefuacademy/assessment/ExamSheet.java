package org.kefuacademy.assessment;

import java.time.Instant;
import java.util.List;

/** An attempt as the exam page shows it: the frozen questions in their order, with saved answers. */
public record ExamSheet(long attemptId, String title, Instant deadline, boolean inProgress, List<ExamQuestion> questions) {

    public ExamSheet {
        questions = List.copyOf(questions);
    }

    public long answered() {
        return questions.stream().filter(q -> q.saved() != null).count();
    }

    /** One question on the page. {@code choices} are options, steps or right-hand items in the order shown. */
    public record ExamQuestion(int position, QuestionType type, String stemHtml, int points, List<Choice> choices,
                               List<String> lefts, Response saved, boolean flagged) {
        public ExamQuestion {
            choices = List.copyOf(choices);
            lefts = List.copyOf(lefts);
        }
    }

    /** An item to choose or arrange, with its index in the question file. */
    public record Choice(int index, String text) {
    }
}
