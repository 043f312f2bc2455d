package org.kefuacademy.people;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One trainee's place in one cohort, including places they left: {@code status} is ACTIVE, TRANSFERRED
 * or WITHDRAWN; {@code leftOn} and {@code reason} say when and why they left.
 */
public record Membership(long cohortId, String cohortName, long accountId, String displayName, String status,
                         Instant joinedAt, LocalDate leftOn, String reason) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
