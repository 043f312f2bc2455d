package org.kefuacademy.certificate;

import java.time.Instant;

/** What the public verification page may show: the status and as little about the person as will do. */
public record Verification(Status status, String maskedName, String cohortName, Instant issuedAt, Instant revokedAt,
                           Instant expiresAt) {

    public enum Status { VALID, REVOKED, EXPIRED, UNKNOWN }

    static Verification unknown() {
        return new Verification(Status.UNKNOWN, null, null, null, null, null);
    }

    /**
     * "李晓雯" → "李*雯", "李明" → "李*": enough to recognise, not enough to harvest. Null once the holder
     * was anonymised (the name on the certificate row is then empty): no name, not even a fragment.
     */
    static String mask(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return null;
        }
        int[] cps = n.codePoints().toArray();
        if (cps.length <= 1) {
            return n;
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(cps[0]);
        masked.append("*".repeat(Math.max(1, cps.length - 2)));
        if (cps.length > 2) {
            masked.appendCodePoint(cps[cps.length - 1]);
        }
        return masked.toString();
    }
}
