package org.kefuacademy.mentoring;

import java.time.LocalDate;
import org.kefuacademy.mentoring.domain.MentorAssignment;
import org.kefuacademy.mentoring.domain.MentoringSession;
import org.kefuacademy.platform.Fields;
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
        String topic = Fields.required(draft.topic(), MentoringSession.TOPIC_MAX, "mentoring.topic-required", "mentoring.topic-too-long");
        String notes = Fields.required(draft.notes(), MentoringSession.NOTES_MAX, "mentoring.notes-required", "mentoring.notes-too-long");
        String next = Fields.optional(draft.nextSteps(), MentoringSession.NEXT_STEPS_MAX, "mentoring.next-steps-too-long");
        return new SessionDraft(draft.heldOn(), topic, notes, next);
    }
}
