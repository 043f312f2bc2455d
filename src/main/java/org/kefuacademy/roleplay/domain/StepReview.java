package org.kefuacademy.roleplay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A trainer's comment on a step, or an audited score override (old and new points with the reason as comment). */
@Entity
@Table(name = "roleplay_review")
public class StepReview {
    public static final int MAX_COMMENT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "step_id", nullable = false)
    private long stepId;
    @Column(name = "run_id", nullable = false)
    private long runId;
    @Column(name = "author_id", nullable = false)
    private long authorId;
    @Column(name = "comment_text", length = MAX_COMMENT_LENGTH)
    private String commentText;
    @Column(length = 32)
    private String competence;
    @Column(name = "old_earned")
    private Integer oldEarned;
    @Column(name = "new_earned")
    private Integer newEarned;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StepReview() {
    }

    public StepReview(long stepId, long runId, long authorId, String commentText, String competence, Integer oldEarned,
                      Integer newEarned, Instant createdAt) {
        this.stepId = stepId;
        this.runId = runId;
        this.authorId = authorId;
        this.commentText = commentText;
        this.competence = competence;
        this.oldEarned = oldEarned;
        this.newEarned = newEarned;
        this.createdAt = createdAt;
    }

    public boolean isOverride() {
        return competence != null;
    }

    public Long getId() {
        return id;
    }

    public long getStepId() {
        return stepId;
    }

    public long getRunId() {
        return runId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getCommentText() {
        return commentText;
    }

    public String getCompetence() {
        return competence;
    }

    public Integer getOldEarned() {
        return oldEarned;
    }

    public Integer getNewEarned() {
        return newEarned;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
