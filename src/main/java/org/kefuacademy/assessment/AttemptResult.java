package org.kefuacademy.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Competence;

/**
 * A submitted attempt: total, pass or fail, and — as far as the assessment's review setting lets
 * this reader see — each answer with the right answer and explanation.
 */
public record AttemptResult(long attemptId, String title, int attemptNo, boolean graded, BigDecimal score, int maxScore,
                            BigDecimal percent, Boolean passed, int pendingManual, int passMark, Instant submittedAt,
                            boolean byDeadline, AssessmentDefinition.Review review, List<ReviewItem> items,
                            Map<Competence, double[]> byCompetence) {

    public AttemptResult {
        items = List.copyOf(items);
        byCompetence = Map.copyOf(byCompetence);
    }

    /** One answer under review: the question (with its right answer), what was given, the grade, a trainer's comment. */
    public record ReviewItem(int position, Question question, Response response, Grade grade, String comment) {
    }
}
