package org.kefuacademy.performance;

import java.util.List;

/**
 * A cohort's performance: every trainee with their latest review (null if none yet), and figures over
 * those latest reviews — how many there are, averages per dimension (null without reviews) and how many
 * met each target.
 */
public record TeamReport(List<Row> rows, Figures figures) {

    public TeamReport {
        rows = List.copyOf(rows);
    }

    public record Row(long personId, String personName, ReviewEntry latest) {
    }

    public record Figures(long reviewed, Double attitude, Double efficiency, Double complaintHandling, Double satisfactionPct,
                          Double complaintsHandledPct, Double responseHours, long metSatisfaction, long metHandled, long metResponse) {
    }
}
