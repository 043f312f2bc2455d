package org.kefuacademy.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A stored review as lists and the person record show it, each target value with whether it was met. */
public record ReviewEntry(long id, long personId, String personName, long reviewerId, String reviewerName, PeriodKind periodKind,
                          LocalDate periodStart, LocalDate periodEnd, int attitude, int efficiency, int complaintHandling,
                          BigDecimal satisfactionPct, BigDecimal complaintsHandledPct, BigDecimal responseHours,
                          String comments, String reward, String correctiveAction, LocalDate correctiveDue, Instant createdAt) {

    public String periodLabel() {
        return periodKind.label(periodStart, periodEnd);
    }

    public boolean satisfactionMet() {
        return QualityTargets.satisfactionMet(satisfactionPct);
    }

    public boolean handledMet() {
        return QualityTargets.handledMet(complaintsHandledPct);
    }

    public boolean responseMet() {
        return QualityTargets.responseMet(responseHours);
    }
}
