package org.kefuacademy.competence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Catalogue row of the competence framework file. */
@Entity
@Table(name = "competence_framework")
public class FrameworkEntry {
    @Id
    @Column(name = "framework_key", length = 100)
    private String frameworkKey;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "current_version_id", nullable = false)
    private Long currentVersionId;
    @Column(name = "file_hash", length = 64)
    private String fileHash;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FrameworkEntry() {
    }

    public FrameworkEntry(String frameworkKey) {
        this.frameworkKey = frameworkKey;
    }

    public void describe(String title, long versionId, String fileHash, Instant now) {
        this.title = title;
        this.currentVersionId = versionId;
        this.fileHash = fileHash;
        this.active = true;
        this.updatedAt = now;
    }

    public void retire(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public String getFrameworkKey() {
        return frameworkKey;
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
