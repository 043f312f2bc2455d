package org.kefuacademy.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One survey a trainee meets in her cohort (week 1–4, or {@link SurveyWindow#FINAL}): when it opens,
 * until when it may be changed, and where she stands with it.
 */
public record SurveySlot(long cohortId, int week, String title, LocalDate opensOn, LocalDate editableUntil, State state,
                         Long responseId, Instant submittedAt) {

    /** NOT_OPEN: before its week; OPEN: to fill in; SUBMITTED: given, still changeable; LOCKED / MISSED: past its window. */
    public enum State {
        NOT_OPEN, OPEN, SUBMITTED, LOCKED, MISSED;

        public String labelKey() {
            return "survey.state." + name().toLowerCase().replace('_', '-');
        }
    }

    public boolean isFinal() {
        return week == SurveyWindow.FINAL;
    }

    public boolean editable() {
        return state == State.OPEN || state == State.SUBMITTED;
    }

    /** Whether the trainee may open it (to fill in, change or read back). */
    public boolean viewable() {
        return state != State.NOT_OPEN && state != State.MISSED;
    }
}
