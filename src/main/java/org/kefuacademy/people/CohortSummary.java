package org.kefuacademy.people;

import java.time.LocalDate;

/** A cohort as lists show it. */
public record CohortSummary(long id, String name, LocalDate startDate, long traineeCount, long trainerCount) {

    public TrainingCalendar calendar() {
        return new TrainingCalendar(startDate);
    }
}
