package org.kefuacademy.performance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A review as the form submits it. For a MONTH or QUARTER period only {@code periodStart} matters (any day
 * in it); scores are 1–5; percents 0–100; hours 0 or more. Null means "not filled in".
 */
public record ReviewDraft(long personId, PeriodKind periodKind, LocalDate periodStart, LocalDate periodEnd,
                          Integer attitude, Integer efficiency, Integer complaintHandling,
                          BigDecimal satisfactionPct, BigDecimal complaintsHandledPct, BigDecimal responseHours,
                          String comments, String reward, String correctiveAction, LocalDate correctiveDue) {
}
