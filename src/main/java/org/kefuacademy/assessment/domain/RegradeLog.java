package org.kefuacademy.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One answer's score changed by a re-grade: before, after, which versions, who, when, why. */
@Entity
@Table(name = "regrade_log")
public class RegradeLog {
    public static final int REASON_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_answer_id", nullable = false)
    private Long attemptAnswerId;

    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;

    @Column(name = "question_id", nullable = false, length = 64)
    private String questionId;

    @Column(name = "shown_version_id", nullable = false)
    private Long shownVersionId;

    @Column(name = "graded_version_id", nullable = false)
    private Long gradedVersionId;

    @Column(name = "old_earned", precision = 6, scale = 2)
    private BigDecimal oldEarned;

    @Column(name = "new_earned", nullable = false, precision = 6, scale = 2)
    private BigDecimal newEarned;

    @Column(name = "regraded_by", nullable = false)
    private Long regradedBy;

    @Column(name = "regraded_at", nullable = false)
    private Instant regradedAt;

    @Column(nullable = false, length = REASON_MAX_LENGTH)
    private String reason;

    protected RegradeLog() {
    }

    public RegradeLog(Long attemptAnswerId, Long attemptId, String questionId, Long shownVersionId, Long gradedVersionId,
                      BigDecimal oldEarned, BigDecimal newEarned, Long regradedBy, Instant regradedAt, String reason) {
        this.attemptAnswerId = attemptAnswerId;
        this.attemptId = attemptId;
        this.questionId = questionId;
        this.shownVersionId = shownVersionId;
        this.gradedVersionId = gradedVersionId;
        this.oldEarned = oldEarned;
        this.newEarned = newEarned;
        this.regradedBy = regradedBy;
        this.regradedAt = regradedAt;
        this.reason = reason;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public BigDecimal getOldEarned() {
        return oldEarned;
    }

    public BigDecimal getNewEarned() {
        return newEarned;
    }

    public String getReason() {
        return reason;
    }
}
