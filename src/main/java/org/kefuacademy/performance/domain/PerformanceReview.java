package org.kefuacademy.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One person's review for one period. Values arrive validated from the service. */
@Entity
@Table(name = "performance_review")
public class PerformanceReview {
    public static final int COMMENTS_MAX = 2000;
    public static final int REWARD_MAX = 500;
    public static final int CORRECTIVE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;
    @Column(name = "period_kind", nullable = false, length = 10)
    private String periodKind;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;
    @Column(name = "attitude_score", nullable = false)
    private int attitudeScore;
    @Column(name = "efficiency_score", nullable = false)
    private int efficiencyScore;
    @Column(name = "complaint_score", nullable = false)
    private int complaintScore;
    @Column(name = "satisfaction_pct", nullable = false, precision = 5, scale = 1)
    private BigDecimal satisfactionPct;
    @Column(name = "complaints_handled_pct", nullable = false, precision = 5, scale = 1)
    private BigDecimal complaintsHandledPct;
    @Column(name = "response_hours", nullable = false, precision = 6, scale = 1)
    private BigDecimal responseHours;
    @Column(length = COMMENTS_MAX)
    private String comments;
    @Column(length = REWARD_MAX)
    private String reward;
    @Column(name = "corrective_action", length = CORRECTIVE_MAX)
    private String correctiveAction;
    @Column(name = "corrective_due")
    private LocalDate correctiveDue;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PerformanceReview() {
    }

    public PerformanceReview(long accountId, long reviewerId, Instant now) {
        this.accountId = accountId;
        this.reviewerId = reviewerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void period(String kind, LocalDate start, LocalDate end) {
        this.periodKind = kind;
        this.periodStart = start;
        this.periodEnd = end;
    }

    public void scores(int attitude, int efficiency, int complaint) {
        this.attitudeScore = attitude;
        this.efficiencyScore = efficiency;
        this.complaintScore = complaint;
    }

    public void targets(BigDecimal satisfaction, BigDecimal handled, BigDecimal hours) {
        this.satisfactionPct = satisfaction;
        this.complaintsHandledPct = handled;
        this.responseHours = hours;
    }

    public void remarks(String comments, String reward, String correctiveAction, LocalDate correctiveDue, long reviewerId, Instant now) {
        this.comments = comments;
        this.reward = reward;
        this.correctiveAction = correctiveAction;
        this.correctiveDue = correctiveDue;
        this.reviewerId = reviewerId;
        this.updatedAt = now;
    }

    /** Blanks the free text (PIPL anonymisation); scores, targets and dates stay for the team figures. */
    public void blankText() {
        this.comments = null;
        this.reward = null;
        this.correctiveAction = null;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public String getPeriodKind() {
        return periodKind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getAttitudeScore() {
        return attitudeScore;
    }

    public int getEfficiencyScore() {
        return efficiencyScore;
    }

    public int getComplaintScore() {
        return complaintScore;
    }

    public BigDecimal getSatisfactionPct() {
        return satisfactionPct;
    }

    public BigDecimal getComplaintsHandledPct() {
        return complaintsHandledPct;
    }

    public BigDecimal getResponseHours() {
        return responseHours;
    }

    public String getComments() {
        return comments;
    }

    public String getReward() {
        return reward;
    }

    public String getCorrectiveAction() {
        return correctiveAction;
    }

    public LocalDate getCorrectiveDue() {
        return correctiveDue;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
