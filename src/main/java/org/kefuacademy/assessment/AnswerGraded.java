package org.kefuacademy.assessment;

import java.time.Instant;
import java.util.List;
import org.kefuacademy.platform.Competence;

/**
 * Published for every graded answer (automatically or by a trainer): evidence for the
 * competences the question is tagged with.
 */
public record AnswerGraded(long attemptId, long accountId, String assessmentKey, String questionId,
                           List<Competence> competences, double earned, int max, Instant gradedAt) {

    public AnswerGraded {
        competences = List.copyOf(competences);
    }
}
