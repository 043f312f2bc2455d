package org.kefuacademy.curriculum;

import java.time.LocalDate;

/** One training day of a trainee's month: its module, its date and how far the trainee got. */
public record PlanDay(ModuleSummary module, LocalDate date, Status status, int secondsSpent) {

    public enum Status { DONE, TODAY, BEHIND, UPCOMING }

    public boolean done() {
        return status == Status.DONE;
    }
}
