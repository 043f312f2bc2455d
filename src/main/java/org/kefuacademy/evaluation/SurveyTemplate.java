package org.kefuacademy.evaluation;

import java.util.List;

/**
 * A feedback survey as its file defines it (format: {@code content/surveys/README.md}): the five anchor
 * labels of its 1–5 scale and its questions, numbered from 1 in file order.
 */
public record SurveyTemplate(String id, Kind kind, String title, List<String> scaleLabels, String introduction,
                             List<Question> questions) {
    public static final int SCALE_MAX = 5;
    public static final int MAX_QUESTIONS = 30;
    public static final int MAX_QUESTION_LENGTH = 300;
    public static final List<String> DEFAULT_SCALE = List.of("非常不满意", "不满意", "一般", "满意", "非常满意");

    public SurveyTemplate {
        scaleLabels = List.copyOf(scaleLabels);
        questions = List.copyOf(questions);
    }

    /** Weekly feedback (answered for each of the four weeks) or the final feedback at the month's end. */
    public enum Kind {
        WEEKLY, FINAL;

        public String id() {
            return name().toLowerCase();
        }
    }

    public enum QuestionKind { SCALE, OPEN }

    public record Question(int no, QuestionKind kind, String text, boolean required) {
    }

    public List<Question> scaleQuestions() {
        return questions.stream().filter(q -> q.kind() == QuestionKind.SCALE).toList();
    }

    public List<Question> openQuestions() {
        return questions.stream().filter(q -> q.kind() == QuestionKind.OPEN).toList();
    }

    /** The anchor label of a score 1–5, e.g. "5 非常满意". */
    public String anchor(int score) {
        return score + " " + scaleLabels.get(score - 1);
    }
}
