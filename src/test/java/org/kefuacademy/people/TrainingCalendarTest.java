package org.kefuacademy.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.TrainingCalendar.Phase;

class TrainingCalendarTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private final TrainingCalendar calendar = new TrainingCalendar(MONDAY);

    @Test
    void sixteen_days_monday_to_thursday_over_four_weeks() {
        assertThat(calendar.days()).hasSize(16);
        assertThat(calendar.days()).allMatch(d -> d.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue());
        assertThat(calendar.days().getFirst()).isEqualTo(MONDAY);
        assertThat(calendar.days().getLast()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(calendar.dateOf(2, 3)).isEqualTo(LocalDate.of(2026, 11, 11));
    }

    @Test
    void position_on_a_training_day() {
        TrainingCalendar.Position p = calendar.positionOn(LocalDate.of(2026, 11, 18));
        assertThat(p.phase()).isEqualTo(Phase.IN_TRAINING);
        assertThat(p.week()).isEqualTo(3);
        assertThat(p.day()).isEqualTo(3);
        assertThat(p.dayIndex()).isEqualTo(11);
        assertThat(p.trainingToday()).isTrue();
    }

    @Test
    void a_friday_keeps_the_last_training_day_and_says_it_is_not_one() {
        TrainingCalendar.Position p = calendar.positionOn(LocalDate.of(2026, 11, 6));
        assertThat(p.week()).isEqualTo(1);
        assertThat(p.day()).isEqualTo(4);
        assertThat(p.trainingToday()).isFalse();
    }

    @Test
    void before_and_after_the_month() {
        TrainingCalendar.Position before = calendar.positionOn(LocalDate.of(2026, 10, 30));
        assertThat(before.phase()).isEqualTo(Phase.NOT_STARTED);
        assertThat(before.daysUntilStart()).isEqualTo(3);
        assertThat(calendar.positionOn(LocalDate.of(2026, 11, 27)).phase()).isEqualTo(Phase.FINISHED);
    }

    @Test
    void a_start_on_a_friday_begins_on_the_next_monday() {
        TrainingCalendar fromFriday = new TrainingCalendar(LocalDate.of(2026, 11, 6));
        assertThat(fromFriday.days().getFirst()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(fromFriday.positionOn(LocalDate.of(2026, 11, 7)).phase()).isEqualTo(Phase.NOT_STARTED);
    }

    @Test
    void a_holiday_on_a_training_day_is_skipped_and_the_month_ends_later() {
        LocalDate holiday = LocalDate.of(2026, 11, 11);
        TrainingCalendar withHoliday = new TrainingCalendar(MONDAY, java.util.List.of(holiday, LocalDate.of(2026, 11, 13)));
        assertThat(withHoliday.days()).hasSize(16).doesNotContain(holiday);
        assertThat(withHoliday.skippedHolidays()).containsExactly(holiday);
        assertThat(withHoliday.dateOf(2, 3)).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(withHoliday.days().getLast()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(withHoliday.positionOn(holiday).trainingToday()).isFalse();
    }

    @Test
    void a_holiday_on_the_start_date_moves_the_first_day() {
        TrainingCalendar c = new TrainingCalendar(MONDAY, java.util.Set.of(MONDAY, LocalDate.of(2026, 11, 3)));
        assertThat(c.days().getFirst()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(c.positionOn(MONDAY).phase()).isEqualTo(Phase.NOT_STARTED);
    }

    @Test
    void a_week_long_festival_moves_the_rest_of_the_month_by_a_week() {
        java.util.List<LocalDate> festival = java.util.stream.IntStream.range(0, 7).mapToObj(i -> LocalDate.of(2026, 11, 16).plusDays(i)).toList();
        TrainingCalendar c = new TrainingCalendar(MONDAY, festival);
        assertThat(c.skippedHolidays()).hasSize(4);
        assertThat(c.dateOf(3, 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(c.days().getLast()).isEqualTo(LocalDate.of(2026, 12, 3));
    }
}
