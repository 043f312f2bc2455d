package org.kefuacademy.observation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Catalogue row of an observation checklist, pointing at its current version. */
@Entity
@Table(name = "observation_checklist")
public class ChecklistEntry {
    @Id
    @Column(name = "checklist_key", length = 100)
    private String checklistKey;
    @Column(nullable = false, length = 20)
    private String category;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "week_no")
    private Integer weekNo;
    @Column(name = "item_count", nullable = false)
    private int itemCount;
    @Column(name = "max_points", nullable = false)
    private int maxPoints;
    @Column(name = "current_version_id", nullable = false)
    private Long currentVersionId;
    @Column(name = "file_hash", length = 64)
    private String fileHash;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChecklistEntry() {
    }

    public ChecklistEntry(String checklistKey) {
        this.checklistKey = checklistKey;
    }

    public void describe(String category, String title, Integer weekNo, int itemCount, int maxPoints, long versionId,
                         String fileHash, Instant now) {
        this.category = category;
        this.title = title;
        this.weekNo = weekNo;
        this.itemCount = itemCount;
        this.maxPoints = maxPoints;
        this.currentVersionId = versionId;
        this.fileHash = fileHash;
        this.active = true;
        this.updatedAt = now;
    }

    public void retire(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public String getChecklistKey() {
        return checklistKey;
    }

    public String getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
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
