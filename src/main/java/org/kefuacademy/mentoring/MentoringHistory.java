package org.kefuacademy.mentoring;

import java.util.List;

/** A trainee's mentoring as the person record shows it: every assignment (current first) and every session, newest first. */
public record MentoringHistory(List<MentorPair> assignments, List<SessionEntry> sessions) {

    public MentoringHistory {
        assignments = List.copyOf(assignments);
        sessions = List.copyOf(sessions);
    }
}
