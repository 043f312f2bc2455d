package org.kefuacademy.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Catalogue row of an assessment definition, pointing at its current version. */
@Entity
@Table(name = "assessment")
public class AssessmentEntry {
    @Id
    @Column(name = "assessment_key", length = 100)
    private String assessmentKey;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "week_no")
    private Integer weekNo;

    @Column(nullable = false, length = 20)
    private String opens;

    @Column(name = "time_limit_minutes", nullable = false)
    private int timeLimitMinutes;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "current_version_id", nullable = false)
    private Long currentVersionId;

    @Column(name = "file_hash", length = 64)
    private String fileHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AssessmentEntry() {
    }

    public AssessmentEntry(String assessmentKey) {
        this.assessmentKey = assessmentKey;
    }

    public void describe(String title, Integer weekNo, String opens, int timeLimitMinutes, int passMark,
                         int attemptsAllowed, int questionCount, long versionId, String fileHash, Instant now) {
        this.title = title;
        this.weekNo = weekNo;
        this.opens = opens;
        this.timeLimitMinutes = timeLimitMinutes;
        this.passMark = passMark;
        this.attemptsAllowed = attemptsAllowed;
        this.questionCount = questionCount;
        this.currentVersionId = versionId;
        this.fileHash = fileHash;
        this.active = true;
        this.updatedAt = now;
    }

    public void retire(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public String getAssessmentKey() {
        return assessmentKey;
    }

    public String getTitle() {
        return title;
    }

    public Integer getWeekNo() {
        return weekNo;
    }

    public String getOpens() {
        return opens;
    }

    public int getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public int getPassMark() {
        return passMark;
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public Long getCurrentVersionId() {
        return currentVersionId;
    }

    public String getFileHash() {
        return fileHash;
    }

    public boolean isActive() {
        return active;
    }
}
