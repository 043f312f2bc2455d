package org.kefuacademy.performance;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** How a review period is given: a calendar month, a calendar quarter, or any span of days. */
public enum PeriodKind {
    MONTH, QUARTER, CUSTOM;

    /** The period's first day; a month or quarter is taken from the month/quarter that {@code start} falls in. */
    public LocalDate startOf(LocalDate start) {
        return switch (this) {
            case MONTH -> start.withDayOfMonth(1);
            case QUARTER -> start.withMonth((start.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
            case CUSTOM -> start;
        };
    }

    /** The period's last day; for CUSTOM the given end. */
    public LocalDate endOf(LocalDate start, LocalDate end) {
        return switch (this) {
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> startOf(start).plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
            case CUSTOM -> end;
        };
    }

    /** "2026-11", "2026-Q4" or "2026-11-01 – 2026-11-15". */
    public String label(LocalDate start, LocalDate end) {
        return switch (this) {
            case MONTH -> String.format(java.util.Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case CUSTOM -> start + " – " + end;
        };
    }
}
