package org.kefuacademy.mentoring;

import java.time.LocalDate;

/** A mentor assignment as lists show it: who mentors whom since when (until when), and its sessions' counts. */
public record MentorPair(long assignmentId, long traineeId, String traineeName, long mentorId, String mentorName,
                         LocalDate startedOn, LocalDate endedOn, long sessions, long unconfirmed) {

    public boolean current() {
        return endedOn == null;
    }
}
