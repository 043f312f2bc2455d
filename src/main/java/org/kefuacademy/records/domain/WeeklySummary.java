package org.kefuacademy.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A trainee's summary of one training week, and the trainer's comment on it. */
@Entity
@Table(name = "weekly_summary")
public class WeeklySummary {
    public static final int MAX_LENGTH = 4000;
    public static final int MAX_COMMENT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "cohort_id", nullable = false)
    private long cohortId;
    @Column(name = "week_no", nullable = false)
    private int weekNo;
    @Column(nullable = false, length = MAX_LENGTH)
    private String body;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "comment_text", length = MAX_COMMENT_LENGTH)
    private String commentText;
    @Column(name = "commented_by")
    private Long commentedBy;
    @Column(name = "commented_at")
    private Instant commentedAt;

    protected WeeklySummary() {
    }

    public WeeklySummary(long accountId, long cohortId, int weekNo, String body, Instant now) {
        this.accountId = accountId;
        this.cohortId = cohortId;
        this.weekNo = weekNo;
        this.body = body;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    public void rewrite(String body, Instant now) {
        this.body = body;
        this.updatedAt = now;
    }

    public void comment(String text, long by, Instant now) {
        this.commentText = text;
        this.commentedBy = by;
        this.commentedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getCohortId() {
        return cohortId;
    }

    public int getWeekNo() {
        return weekNo;
    }

    public String getBody() {
        return body;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getCommentText() {
        return commentText;
    }

    public Instant getCommentedAt() {
        return commentedAt;
    }
}
