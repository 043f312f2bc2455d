package org.kefuacademy.curriculum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One person's reading of one module: opened, time spent, where they were, completed. */
@Entity
@Table(name = "module_progress")
public class ModuleProgress {
    /** A single report of reading time is capped: an open tab left overnight is not study. */
    public static final int MAX_SECONDS_PER_REPORT = 15 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "content_key", nullable = false, length = 100)
    private String contentKey;

    @Column(name = "last_version_id", nullable = false)
    private Long lastVersionId;

    @Column(name = "completed_version_id")
    private Long completedVersionId;

    @Column(name = "first_opened_at", nullable = false)
    private Instant firstOpenedAt;

    @Column(name = "last_opened_at", nullable = false)
    private Instant lastOpenedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "seconds_spent", nullable = false)
    private int secondsSpent;

    @Column(name = "last_anchor", length = 40)
    private String lastAnchor;

    @Version
    private long version;

    protected ModuleProgress() {
    }

    public ModuleProgress(Long accountId, String contentKey, Long versionId, Instant now) {
        this.accountId = accountId;
        this.contentKey = contentKey;
        this.lastVersionId = versionId;
        this.firstOpenedAt = now;
        this.lastOpenedAt = now;
    }

    public void opened(Long versionId, Instant now) {
        this.lastVersionId = versionId;
        this.lastOpenedAt = now;
    }

    public void addSeconds(int seconds) {
        this.secondsSpent += Math.max(0, Math.min(seconds, MAX_SECONDS_PER_REPORT));
    }

    /** Reading time carried over from another record (at most a day per module). */
    public void importSeconds(int seconds) {
        this.secondsSpent += Math.max(0, Math.min(seconds, 24 * 60 * 60));
    }

    public void reachedAnchor(String anchor) {
        this.lastAnchor = anchor;
    }

    /** Completing twice keeps the first completion. */
    public void complete(Long versionId, Instant now) {
        if (completedAt == null) {
            this.completedAt = now;
            this.completedVersionId = versionId;
        }
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getContentKey() {
        return contentKey;
    }

    public Long getLastVersionId() {
        return lastVersionId;
    }

    public Long getCompletedVersionId() {
        return completedVersionId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public int getSecondsSpent() {
        return secondsSpent;
    }

    public String getLastAnchor() {
        return lastAnchor;
    }

    public Instant getLastOpenedAt() {
        return lastOpenedAt;
    }
}
