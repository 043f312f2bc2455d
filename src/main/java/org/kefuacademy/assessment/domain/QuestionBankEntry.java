package org.kefuacademy.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Catalogue row of a question bank, pointing at its current version. */
@Entity
@Table(name = "question_bank")
public class QuestionBankEntry {
    @Id
    @Column(name = "bank_key", length = 100)
    private String bankKey;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "module_key", length = 100)
    private String moduleKey;

    @Column(name = "week_no")
    private Integer weekNo;

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

    protected QuestionBankEntry() {
    }

    public QuestionBankEntry(String bankKey) {
        this.bankKey = bankKey;
    }

    public void describe(String title, String moduleKey, Integer weekNo, int questionCount, long versionId,
                         String fileHash, Instant now) {
        this.title = title;
        this.moduleKey = moduleKey;
        this.weekNo = weekNo;
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

    public String getBankKey() {
        return bankKey;
    }

    public String getTitle() {
        return title;
    }

    public Integer getWeekNo() {
        return weekNo;
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
