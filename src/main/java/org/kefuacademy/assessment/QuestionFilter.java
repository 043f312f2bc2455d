package org.kefuacademy.assessment;

import org.kefuacademy.platform.Competence;

/** What the question browser filters on; null or blank means "any". */
public record QuestionFilter(String text, String bankKey, QuestionType type, Competence competence, String topic) {

    public static QuestionFilter any() {
        return new QuestionFilter(null, null, null, null, null);
    }

    boolean accepts(BankQuestion bq) {
        Question q = bq.question();
        return (blank(text) || q.stem().contains(text.strip()) || q.id().contains(text.strip())
                || q.explanation().contains(text.strip()))
                && (blank(bankKey) || bq.bankKey().equals(bankKey))
                && (type == null || q.type() == type)
                && (competence == null || q.competences().contains(competence))
                && (blank(topic) || q.topic().contains(topic.strip()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
