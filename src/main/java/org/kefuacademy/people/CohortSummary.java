package org.kefuacademy.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A cohort as lists show it, with the company holidays that may fall in its month ({@code holidays}
 * holds those from the start date on; the calendar skips the ones on training days). Counts are of
 * active members.
 */
public record CohortSummary(long id, String name, LocalDate startDate, long traineeCount, long trainerCount,
                            List<LocalDate> holidays) {

    public CohortSummary {
        holidays = List.copyOf(holidays);
    }

    public TrainingCalendar calendar() {
        return new TrainingCalendar(startDate, holidays);
    }

    /** The cohort in training on {@code today}: the latest that has started and has trainees (pickers open on it). */
    public static Optional<CohortSummary> inTraining(List<CohortSummary> cohorts, LocalDate today) {
        return cohorts.stream().filter(c -> c.traineeCount() > 0 && !c.startDate().isAfter(today))
                .max(Comparator.comparing(CohortSummary::startDate));
    }
}
