package org.kefuacademy.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** One sitting of an assessment by one trainee. */
@Entity
@Table(name = "attempt")
public class Attempt {

    public enum Status { IN_PROGRESS, SUBMITTED, GRADED }

    /** Who ended the attempt: the trainee, or the server when the time ran out. */
    public enum SubmittedBy { TRAINEE, DEADLINE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "assessment_key", nullable = false, length = 100)
    private String assessmentKey;

    @Column(name = "assessment_version_id", nullable = false)
    private Long assessmentVersionId;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 20)
    private String submittedBy;

    @Column(precision = 7, scale = 2)
    private BigDecimal score;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    @Column(name = "score_percent", precision = 5, scale = 2)
    private BigDecimal scorePercent;

    private Boolean passed;

    @Column(name = "pending_manual", nullable = false)
    private int pendingManual;

    @Version
    private long version;

    protected Attempt() {
    }

    public Attempt(Long accountId, String assessmentKey, Long assessmentVersionId, int attemptNo, Instant startedAt,
                   Instant deadlineAt, int maxScore) {
        this.accountId = accountId;
        this.assessmentKey = assessmentKey;
        this.assessmentVersionId = assessmentVersionId;
        this.attemptNo = attemptNo;
        this.status = Status.IN_PROGRESS.name();
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
        this.maxScore = maxScore;
    }

    /** Sets the total; the attempt is graded once no answer waits for a trainer. */
    public void scored(double total, int pending, int passMark) {
        this.score = BigDecimal.valueOf(total).setScale(2, RoundingMode.HALF_UP);
        this.pendingManual = pending;
        this.scorePercent = maxScore == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(total * 100.0 / maxScore).setScale(2, RoundingMode.HALF_UP);
        if (pending == 0) {
            this.status = Status.GRADED.name();
            this.passed = scorePercent.compareTo(BigDecimal.valueOf(passMark)) >= 0;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAssessmentKey() {
        return assessmentKey;
    }

    public Long getAssessmentVersionId() {
        return assessmentVersionId;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public Status getStatus() {
        return Status.valueOf(status);
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public SubmittedBy getSubmittedBy() {
        return submittedBy == null ? null : SubmittedBy.valueOf(submittedBy);
    }

    public BigDecimal getScore() {
        return score;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public BigDecimal getScorePercent() {
        return scorePercent;
    }

    public Boolean getPassed() {
        return passed;
    }

    public int getPendingManual() {
        return pendingManual;
    }
}
