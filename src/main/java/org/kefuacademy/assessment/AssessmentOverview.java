package org.kefuacademy.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An assessment as the trainee's list shows it: when it opens, what is left, how it went. */
public record AssessmentOverview(String key, String title, Integer week, LocalDate opensOn, Availability availability,
                                 int timeLimitMinutes, int passMark, int attemptsAllowed, int attemptsUsed,
                                 Long attemptInProgress, BigDecimal bestPercent, boolean passed, int questionCount) {

    /** Whether the trainee may start (or resume) now, and if not, why not. */
    public enum Availability { OPEN, IN_PROGRESS, NOT_YET, MODULES_FIRST, PASSED, NO_ATTEMPTS_LEFT, NO_COHORT }
}
