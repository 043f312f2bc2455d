package org.kefuacademy.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The canonical form of an audit line and its SHA-256. The detail enters through its own hash, so
 * free text cannot blur the field boundaries and an erased (anonymised) detail still verifies.
 * Changing this form breaks every existing chain: add a new version prefix instead.
 */
final class AuditHashes {
    /** The "previous hash" of the first line. */
    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "kefu-audit-v1";

    private AuditHashes() {
    }

    /** Null for no detail. */
    static String detail(String detail) {
        return detail == null ? null : sha256(detail);
    }

    static String entry(String prevHash, long actorId, String action, Long subjectAccountId, Instant at, String detailHash) {
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
        return sha256(String.join("\n", VERSION, prevHash, Long.toString(actorId), action,
                subjectAccountId == null ? "-" : subjectAccountId.toString(), Long.toString(micros),
                detailHash == null ? "-" : detailHash));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
