package org.kefuacademy.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kefuacademy.platform.content.ContentProblem;

/** Whether every draw of an assessment names an active bank holding enough questions of its types and topic. */
final class DrawCheck {
    private DrawCheck() {
    }

    static List<ContentProblem> problems(AssessmentDefinition def, String path, Function<String, Optional<QuestionBank>> activeBank) {
        List<ContentProblem> problems = new ArrayList<>();
        for (AssessmentDefinition.Draw draw : def.draws()) {
            Optional<QuestionBank> bank = activeBank.apply(draw.bank());
            if (bank.isEmpty()) {
                problems.add(ContentProblem.at(path, 0, "quiz.problem.unknown-bank", draw.bank()));
                continue;
            }
            long available = bank.get().questions().stream().filter(draw::accepts).count();
            if (available < draw.count()) {
                problems.add(ContentProblem.at(path, 0, "quiz.problem.bank-too-small", draw.bank(), draw.count(), available));
            }
        }
        return problems;
    }
}
