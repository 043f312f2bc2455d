package org.kefuacademy.competence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** A row of the evidence ledger (one competence, one source). */
@Entity
@Table(name = "competence_evidence")
public class Evidence {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(nullable = false, length = 32)
    private String competence;
    @Column(name = "source_kind", nullable = false, length = 20)
    private String sourceKind;
    @Column(name = "source_key", nullable = false, length = 120)
    private String sourceKey;
    @Column(nullable = false, length = 200)
    private String label;
    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal earned;
    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal possible;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Evidence() {
    }

    public Evidence(long accountId, String competence, String sourceKind, String sourceKey) {
        this.accountId = accountId;
        this.competence = competence;
        this.sourceKind = sourceKind;
        this.sourceKey = sourceKey;
    }

    /** Sets (or, after a regrade or override, replaces) what the source scored. */
    public void score(String label, double earned, double possible, Instant at) {
        this.label = label.length() <= 200 ? label : label.substring(0, 200);
        this.earned = BigDecimal.valueOf(earned).setScale(2, RoundingMode.HALF_UP);
        this.possible = BigDecimal.valueOf(possible).setScale(2, RoundingMode.HALF_UP);
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getCompetence() {
        return competence;
    }

    public String getSourceKind() {
        return sourceKind;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getEarned() {
        return earned;
    }

    public BigDecimal getPossible() {
        return possible;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
