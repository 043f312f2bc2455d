package org.kefuacademy.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/** Published when an attempt's every answer has been graded (at submission, after the last short answer, after a regrade). */
public record AttemptGraded(long attemptId, long accountId, String assessmentKey, BigDecimal percent, boolean passed, Instant at) {
}
