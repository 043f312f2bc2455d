package org.kefuacademy.mentoring;

import java.time.LocalDate;
import java.util.List;

/** What a trainee sees: the current mentor (null without one) and every session logged with them, newest first. */
public record MyMentoring(String mentorName, LocalDate since, List<SessionEntry> sessions) {

    public MyMentoring {
        sessions = List.copyOf(sessions);
    }

    public boolean hasMentor() {
        return mentorName != null;
    }
}
