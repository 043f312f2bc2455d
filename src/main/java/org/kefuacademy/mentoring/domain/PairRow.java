package org.kefuacademy.mentoring.domain;

import java.time.LocalDate;

/** An assignment with its session counts, computed in the database. */
public record PairRow(long assignmentId, long traineeId, long mentorId, LocalDate startedOn, LocalDate endedOn,
                      long sessions, long unconfirmed) {
}
