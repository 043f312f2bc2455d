package org.kefuacademy.reports;

import java.time.LocalDate;

/**
 * A trainee behind in one respect, with what the reason needs to be told: for READING the modules
 * due and completed, for ASSESSMENT the assessment's title and the day it opened, for SUMMARY the week
 * and its due day. A trainee behind in several respects has several rows.
 */
public record OverdueTrainee(long accountId, String name, Reason reason, Integer week, String assessmentTitle, int due,
                             int done, LocalDate since) {

    public enum Reason {
        READING, ASSESSMENT, SUMMARY;

        public String labelKey() {
            return "dashboard.reason." + name().toLowerCase();
        }
    }
}
