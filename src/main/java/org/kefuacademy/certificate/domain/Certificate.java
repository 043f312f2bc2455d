package org.kefuacademy.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An issued certificate with the result as it stood on the day of issue. */
@Entity
@Table(name = "certificate")
public class Certificate {
    public static final int REVOKE_REASON_MAX_LENGTH = 500;
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 20)
    private String code;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "person_name", nullable = false, length = 100)
    private String personName;
    @Column(name = "cohort_name", length = 100)
    private String cohortName;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(nullable = false)
    private int theory;
    @Column(nullable = false)
    private int practical;
    @Column(nullable = false)
    private int attitude;
    @Column(nullable = false)
    private int overall;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "issued_by")
    private Long issuedBy;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private Long revokedBy;
    @Column(name = "revoke_reason", length = REVOKE_REASON_MAX_LENGTH)
    private String revokeReason;

    protected Certificate() {
    }

    public Certificate(String code, long accountId, String personName, String cohortName, LocalDate periodStart,
                       LocalDate periodEnd, int theory, int practical, int attitude, int overall, Instant issuedAt,
                       Long issuedBy, Instant expiresAt) {
        this.code = code;
        this.accountId = accountId;
        this.personName = personName;
        this.cohortName = cohortName;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.theory = theory;
        this.practical = practical;
        this.attitude = attitude;
        this.overall = overall;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.expiresAt = expiresAt;
    }

    public void revoke(String reason, long by, Instant now) {
        this.revokeReason = reason;
        this.revokedBy = by;
        this.revokedAt = now;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getCohortName() {
        return cohortName;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getTheory() {
        return theory;
    }

    public int getPractical() {
        return practical;
    }

    public int getAttitude() {
        return attitude;
    }

    public int getOverall() {
        return overall;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokeReason() {
        return revokeReason;
    }
}
