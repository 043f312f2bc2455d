package org.kefuacademy.mentoring;

import java.time.LocalDate;
import org.kefuacademy.mentoring.domain.MentorAssignment;
import org.kefuacademy.mentoring.domain.MentoringSession;
import org.kefuacademy.platform.UserFacingException;

/** Checks a session form before anything is stored: each refusal names the field and the limit. */
final class SessionValidation {
    private SessionValidation() {
    }

    /** The draft with its text trimmed (blank next steps become null). */
    static SessionDraft check(SessionDraft draft, MentorAssignment assignment, LocalDate today) {
        if (draft.heldOn() == null) {
            throw new UserFacingException("mentoring.date-required");
        }
        if (draft.heldOn().isAfter(today)) {
            throw new UserFacingException("mentoring.date-future", draft.heldOn());
        }
        if (draft.heldOn().isBefore(assignment.getStartedOn())) {
            throw new UserFacingException("mentoring.date-before-start", draft.heldOn(), assignment.getStartedOn());
        }
        String topic = required(draft.topic(), "mentoring.topic-required");
        if (topic.length() > MentoringSession.TOPIC_MAX) {
            throw new UserFacingException("mentoring.topic-too-long", MentoringSession.TOPIC_MAX);
        }
        String notes = required(draft.notes(), "mentoring.notes-required");
        if (notes.length() > MentoringSession.NOTES_MAX) {
            throw new UserFacingException("mentoring.notes-too-long", MentoringSession.NOTES_MAX);
        }
        String next = draft.nextSteps() == null || draft.nextSteps().isBlank() ? null : draft.nextSteps().strip();
        if (next != null && next.length() > MentoringSession.NEXT_STEPS_MAX) {
            throw new UserFacingException("mentoring.next-steps-too-long", MentoringSession.NEXT_STEPS_MAX);
        }
        return new SessionDraft(draft.heldOn(), topic, notes, next);
    }

    private static String required(String text, String key) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new UserFacingException(key);
        }
        return s;
    }
}
