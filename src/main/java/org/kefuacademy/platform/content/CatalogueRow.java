package org.kefuacademy.platform.content;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every catalogue row of a content kind keeps besides its own description: the version in use,
 * the hash of the file it was last synced from (null after an edit in the app), whether it is in use.
 */
@MappedSuperclass
public abstract class CatalogueRow {
    @Column(name = "current_version_id", nullable = false)
    private Long currentVersionId;
    @Column(name = "file_hash", length = 64)
    private String fileHash;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The row's key (its content id). */
    public abstract String key();

    /** Makes {@code versionId} the version in use. */
    protected void pointAt(long versionId, Instant now) {
        this.currentVersionId = versionId;
        this.active = true;
        this.updatedAt = now;
    }

    public void fileSynced(String hash) {
        this.fileHash = hash;
    }

    public void retire(Instant now) {
        this.active = false;
        this.updatedAt = now;
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
