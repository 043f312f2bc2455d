package org.kefuacademy.people;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The cohort's month: 4 weeks of 4 training days (Monday to Thursday), 16 days in all, counted
 * from the start date; holidays HR set are skipped, so a holiday pushes the remaining days later.
 */
public final class TrainingCalendar {
    public static final int WEEKS = 4;
    public static final int DAYS_PER_WEEK = 4;
    public static final int TRAINING_DAYS = WEEKS * DAYS_PER_WEEK;
    private static final Set<DayOfWeek> TRAINING_WEEKDAYS =
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);

    /** Where a cohort stands on a date. {@code dayIndex} counts training days from 1 to 16. */
    public record Position(Phase phase, int week, int day, int dayIndex, boolean trainingToday, int daysUntilStart) {
    }

    public enum Phase { NOT_STARTED, IN_TRAINING, FINISHED }

    /** Longest stretch a schedule may span; holidays beyond it cannot move a 16-day month. */
    public static final int MAX_SPAN_DAYS = 120;

    private final List<LocalDate> days;
    private final List<LocalDate> skipped;

    public TrainingCalendar(LocalDate startDate) {
        this(startDate, Set.of());
    }

    public TrainingCalendar(LocalDate startDate, Collection<LocalDate> holidays) {
        Set<LocalDate> off = Set.copyOf(holidays);
        List<LocalDate> list = new ArrayList<>(TRAINING_DAYS);
        List<LocalDate> holidaysHit = new ArrayList<>();
        for (LocalDate d = startDate; list.size() < TRAINING_DAYS; d = d.plusDays(1)) {
            if (d.isAfter(startDate.plusDays(MAX_SPAN_DAYS))) {
                throw new IllegalArgumentException("no 16 training days within " + MAX_SPAN_DAYS + " days of " + startDate);
            }
            if (!TRAINING_WEEKDAYS.contains(d.getDayOfWeek())) {
                continue;
            }
            if (off.contains(d)) {
                holidaysHit.add(d);
            } else {
                list.add(d);
            }
        }
        this.days = List.copyOf(list);
        this.skipped = List.copyOf(holidaysHit);
    }

    /** The 16 training days in order. */
    public List<LocalDate> days() {
        return days;
    }

    /** The holidays that fell on a training weekday within the schedule and were skipped. */
    public List<LocalDate> skippedHolidays() {
        return skipped;
    }

    public LocalDate dateOf(int week, int day) {
        return days.get((week - 1) * DAYS_PER_WEEK + (day - 1));
    }

    public Position positionOn(LocalDate date) {
        if (date.isBefore(days.getFirst())) {
            int until = (int) (days.getFirst().toEpochDay() - date.toEpochDay());
            return new Position(Phase.NOT_STARTED, 0, 0, 0, false, until);
        }
        if (date.isAfter(days.getLast())) {
            return new Position(Phase.FINISHED, WEEKS, DAYS_PER_WEEK, TRAINING_DAYS, false, 0);
        }
        int passed = (int) days.stream().filter(d -> !d.isAfter(date)).count();
        int index = passed - 1;
        return new Position(Phase.IN_TRAINING, index / DAYS_PER_WEEK + 1, index % DAYS_PER_WEEK + 1, passed,
                days.get(index).equals(date), 0);
    }
}
