package org.kefuacademy.platform.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One line of the audit log. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "actor_id", nullable = false)
    private long actorId;
    @Column(nullable = false, length = 40)
    private String action;
    @Column(name = "subject_account_id")
    private Long subjectAccountId;
    @Column(length = 500)
    private String detail;
    @Column(nullable = false)
    private Instant at;
    /** SHA-256 of the detail; kept when anonymisation erases the detail, so the chain still verifies. */
    @Column(name = "detail_hash", length = 64)
    private String detailHash;
    @Column(name = "prev_hash", length = 64)
    private String prevHash;
    @Column(name = "entry_hash", length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    public AuditEntry(long actorId, String action, Long subjectAccountId, String detail, Instant at) {
        this.actorId = actorId;
        this.action = action;
        this.subjectAccountId = subjectAccountId;
        this.detail = cut(detail, 500);
        // The column keeps microseconds: hash exactly what will be read back.
        this.at = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Links this (not yet saved) line to the chain. */
    public void chain(String detailHash, String prevHash, String entryHash) {
        this.detailHash = detailHash;
        this.prevHash = prevHash;
        this.entryHash = entryHash;
    }

    public Long getId() {
        return id;
    }

    public long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public Long getSubjectAccountId() {
        return subjectAccountId;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getAt() {
        return at;
    }

    public String getDetailHash() {
        return detailHash;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getEntryHash() {
        return entryHash;
    }

    /** At most {@code max} chars, never ending in half of a surrogate pair (MariaDB would store it as '?'). */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
