package org.kefuacademy.curriculum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The catalogue row of a module or reference page, pointing at its current version. */
@Entity
@Table(name = "curriculum_module")
public class CurriculumModule {

    @Id
    @Column(name = "content_key", length = 100)
    private String contentKey;

    @Column(name = "page_kind", nullable = false, length = 20)
    private String pageKind;

    @Column(name = "week_no")
    private Integer weekNo;

    @Column(name = "day_no")
    private Integer dayNo;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 300)
    private String summary;

    @Column(nullable = false)
    private int minutes;

    /** Comma-separated competence ids, in the file's order. */
    @Column(nullable = false, length = 300)
    private String competences;

    @Column(name = "current_version_id", nullable = false)
    private Long currentVersionId;

    /** Hash of the file text last synced; a reload with an unchanged file keeps an editor version. */
    @Column(name = "file_hash", length = 64)
    private String fileHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CurriculumModule() {
    }

    public CurriculumModule(String contentKey) {
        this.contentKey = contentKey;
    }

    public void describe(String pageKind, Integer weekNo, Integer dayNo, String title, String summary, int minutes,
                         String competences, long currentVersionId, Instant now) {
        this.pageKind = pageKind;
        this.weekNo = weekNo;
        this.dayNo = dayNo;
        this.title = title;
        this.summary = summary;
        this.minutes = minutes;
        this.competences = competences;
        this.currentVersionId = currentVersionId;
        this.active = true;
        this.updatedAt = now;
    }

    public void retire(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public void fileSynced(String hash) {
        this.fileHash = hash;
    }

    public String getContentKey() {
        return contentKey;
    }

    public String getPageKind() {
        return pageKind;
    }

    public Integer getWeekNo() {
        return weekNo;
    }

    public Integer getDayNo() {
        return dayNo;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getCompetences() {
        return competences;
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

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
