package org.kefuacademy.observation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One observation: a trainee watched by a trainer with one checklist version, and its totals. */
@Entity
@Table(name = "observation")
public class Observation {
    public static final int MAX_COMMENT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "checklist_key", nullable = false, length = 100)
    private String checklistKey;
    @Column(name = "checklist_version_id", nullable = false)
    private long checklistVersionId;
    @Column(nullable = false, length = 20)
    private String category;
    @Column(name = "observer_id", nullable = false)
    private long observerId;
    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;
    @Column(name = "comment_text", length = MAX_COMMENT_LENGTH)
    private String commentText;
    @Column(nullable = false)
    private int earned;
    @Column(nullable = false)
    private int possible;
    @Column(name = "score_percent", nullable = false)
    private int scorePercent;

    protected Observation() {
    }

    public Observation(long accountId, String checklistKey, long checklistVersionId, String category, long observerId,
                       Instant observedAt, String commentText, int earned, int possible) {
        this.accountId = accountId;
        this.checklistKey = checklistKey;
        this.checklistVersionId = checklistVersionId;
        this.category = category;
        this.observerId = observerId;
        this.observedAt = observedAt;
        this.commentText = commentText;
        this.earned = earned;
        this.possible = possible;
        this.scorePercent = possible <= 0 ? 0 : (int) Math.round(100.0 * earned / possible);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getChecklistKey() {
        return checklistKey;
    }

    public long getChecklistVersionId() {
        return checklistVersionId;
    }

    public String getCategory() {
        return category;
    }

    public long getObserverId() {
        return observerId;
    }

    public Instant getObservedAt() {
        return observedAt;
    }

    public String getCommentText() {
        return commentText;
    }

    public int getEarned() {
        return earned;
    }

    public int getPossible() {
        return possible;
    }

    public int getScorePercent() {
        return scorePercent;
    }
}
