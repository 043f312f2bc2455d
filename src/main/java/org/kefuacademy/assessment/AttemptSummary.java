package org.kefuacademy.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/** One past or running attempt in a list. */
public record AttemptSummary(long id, String assessmentKey, int attemptNo, Instant startedAt, Instant submittedAt,
                             boolean inProgress, boolean graded, BigDecimal percent, Boolean passed) {
}
