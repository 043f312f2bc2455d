package org.kefuacademy.mentoring;

import java.time.Instant;
import java.time.LocalDate;

/** A logged mentoring session; {@code confirmedAt} is when the trainee confirmed it (null while it waits). */
public record SessionEntry(long id, long traineeId, String traineeName, long mentorId, String mentorName, LocalDate heldOn,
                           String topic, String notes, String nextSteps, Instant loggedAt, Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
