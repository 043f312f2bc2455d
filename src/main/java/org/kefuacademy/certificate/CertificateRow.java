package org.kefuacademy.certificate;

import java.time.Instant;

/** A certificate in a list (the trainee's own, a cohort's, the expiry reminders). */
public record CertificateRow(long id, String code, long accountId, String personName, String cohortName, int overall,
                             Instant issuedAt, Instant expiresAt, Instant revokedAt, String revokeReason) {

    public boolean valid(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
