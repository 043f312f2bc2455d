package org.kefuacademy.reports;

import java.time.LocalDate;
import org.kefuacademy.people.TrainingCalendar;

/**
 * A cohort's month at a glance: where the calendar stands (training day 1–16), how many trainees,
 * modules completed on average against those due before today and in the whole curriculum.
 */
public record CohortProgress(long cohortId, String name, LocalDate startDate, TrainingCalendar.Position position, int trainees,
                             double averageCompleted, int expected, int modules) {

    /** Average completed as a share of the curriculum, 0–100. */
    public int completedPercent() {
        return modules == 0 ? 0 : (int) Math.round(100 * averageCompleted / modules);
    }

    /** Modules due before today as a share of the curriculum, 0–100. */
    public int expectedPercent() {
        return modules == 0 ? 0 : (int) Math.round(100.0 * expected / modules);
    }
}
