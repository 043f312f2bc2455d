package org.kefuacademy.assessment;

import java.time.Instant;

/** A short answer waiting for a trainer: who wrote what, to which question, in which attempt. */
public record GradingTask(long answerId, long attemptId, String traineeName, String assessmentTitle, int position,
                          Question question, String answer, Instant submittedAt) {
}
