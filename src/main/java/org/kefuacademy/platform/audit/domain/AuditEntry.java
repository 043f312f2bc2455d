package org.kefuacademy.platform.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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

    protected AuditEntry() {
    }

    public AuditEntry(long actorId, String action, Long subjectAccountId, String detail, Instant at) {
        this.actorId = actorId;
        this.action = action;
        this.subjectAccountId = subjectAccountId;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.at = at;
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
}
