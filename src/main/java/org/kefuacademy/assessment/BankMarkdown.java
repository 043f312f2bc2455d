package org.kefuacademy.assessment;

import java.util.stream.Collectors;

/** Writes a bank in the repository's Markdown format (the inverse of {@link QuestionBankParser}). */
public final class BankMarkdown {
    private BankMarkdown() {
    }

    public static String write(QuestionBank bank) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("id: ").append(bank.id()).append('\n');
        sb.append("kind: question-bank\n");
        sb.append("title: ").append(bank.title()).append('\n');
        if (bank.module() != null) {
            sb.append("module: ").append(bank.module()).append('\n');
        }
        if (bank.week() != null) {
            sb.append("week: ").append(bank.week()).append('\n');
        }
        sb.append("---\n");
        for (Question q : bank.questions()) {
            sb.append('\n').append(question(q));
        }
        return sb.toString();
    }

    static String question(Question q) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Q ").append(q.id()).append('\n');
        sb.append("type: ").append(q.type().id()).append('\n');
        sb.append("competences: [").append(q.competences().stream().map(c -> c.id()).collect(Collectors.joining(", ")))
                .append("]\n");
        sb.append("difficulty: ").append(q.difficulty()).append('\n');
        sb.append("points: ").append(q.points()).append('\n');
        if (!q.topic().isBlank()) {
            sb.append("topic: ").append(q.topic()).append('\n');
        }
        sb.append('\n').append(q.stem()).append("\n\n");
        switch (q.type()) {
            case SINGLE, MULTIPLE -> q.options().forEach(o -> sb.append("- [").append(o.correct() ? 'x' : ' ').append("] ")
                    .append(o.text()).append('\n'));
            case TRUEFALSE -> sb.append("answer: ").append(Boolean.TRUE.equals(q.truth()) ? "对" : "错").append('\n');
            case FILL -> sb.append("answer: ").append(String.join(" | ", q.accepted())).append('\n');
            case ORDERING -> {
                for (int i = 0; i < q.steps().size(); i++) {
                    sb.append(i + 1).append(". ").append(q.steps().get(i)).append('\n');
                }
            }
            case MATCHING -> q.pairs().forEach(p -> sb.append("- ").append(p.left()).append(" => ").append(p.right()).append('\n'));
            case SHORT -> {
                sb.append("rubric:\n");
                q.rubric().forEach(r -> sb.append("- ").append(r.text()).append(" (").append(r.points()).append("分)\n"));
            }
        }
        String[] explanation = q.explanation().split("\n", -1);
        sb.append("\n> 解析：").append(explanation[0]).append('\n');
        for (int i = 1; i < explanation.length; i++) {
            sb.append("> ").append(explanation[i]).append('\n');
        }
        return sb.toString();
    }
}
