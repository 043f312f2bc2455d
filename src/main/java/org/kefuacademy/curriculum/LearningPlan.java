package org.kefuacademy.curriculum;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A trainee's month: the 16 days in order, with the cohort they come from. */
public record LearningPlan(String cohortName, LocalDate startDate, List<PlanDay> days) {

    public LearningPlan {
        days = List.copyOf(days);
    }

    public List<PlanDay> week(int week) {
        return days.stream().filter(d -> d.module().week() == week).toList();
    }

    public long completed() {
        return days.stream().filter(PlanDay::done).count();
    }

    /** Completed share of a week (0..1); the whole month for week 0. */
    public double progress(int week) {
        List<PlanDay> scope = week == 0 ? days : week(week);
        return scope.isEmpty() ? 0 : (double) scope.stream().filter(PlanDay::done).count() / scope.size();
    }

    /** Today's module, or else the first one not done yet. */
    public Optional<PlanDay> next() {
        return days.stream().filter(d -> d.status() == PlanDay.Status.TODAY).findFirst()
                .or(() -> days.stream().filter(d -> !d.done()).findFirst());
    }
}
