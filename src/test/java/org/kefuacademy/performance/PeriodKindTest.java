package org.kefuacademy.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Review periods: a month or quarter is resolved from any day in it; a custom span keeps its dates. */
class PeriodKindTest {

    @Test
    void a_month_runs_from_its_first_to_its_last_day() {
        LocalDate day = LocalDate.of(2028, 2, 17);
        assertThat(PeriodKind.MONTH.startOf(day)).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(PeriodKind.MONTH.endOf(day, null)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(PeriodKind.MONTH.label(day, null)).isEqualTo("2028-02");
    }

    @Test
    void a_quarter_runs_over_its_three_months() {
        LocalDate day = LocalDate.of(2026, 8, 31);
        assertThat(PeriodKind.QUARTER.startOf(day)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(PeriodKind.QUARTER.endOf(day, null)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(PeriodKind.QUARTER.label(PeriodKind.QUARTER.startOf(day), null)).isEqualTo("2026-Q3");
        assertThat(PeriodKind.QUARTER.endOf(LocalDate.of(2026, 12, 1), null)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void a_custom_period_keeps_the_dates_given() {
        LocalDate start = LocalDate.of(2026, 11, 16);
        LocalDate end = LocalDate.of(2026, 12, 4);
        assertThat(PeriodKind.CUSTOM.startOf(start)).isEqualTo(start);
        assertThat(PeriodKind.CUSTOM.endOf(start, end)).isEqualTo(end);
        assertThat(PeriodKind.CUSTOM.label(start, end)).isEqualTo("2026-11-16 – 2026-12-04");
    }
}
