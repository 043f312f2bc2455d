package org.kefuacademy.records;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One week's summary as a list shows it: who, which week, when it is due (the week's last training
 * day), its state, the text and the trainer's comment.
 */
public record SummaryWeek(long accountId, String personName, long cohortId, int week, LocalDate dueOn, State state, Long summaryId,
                          String body, Instant submittedAt, String comment) {

    /** NOT_DUE: the week has not started; OPEN: it may be written; OVERDUE: its day has passed without one. */
    public enum State { NOT_DUE, OPEN, SUBMITTED, SUBMITTED_LATE, OVERDUE }
}
