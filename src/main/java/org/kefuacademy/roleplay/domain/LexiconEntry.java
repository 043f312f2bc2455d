package org.kefuacademy.roleplay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Catalogue row of a reply-analysis lexicon (steps, polite or taboo), pointing at its current version. */
@Entity
@Table(name = "reply_lexicon")
public class LexiconEntry {
    @Id
    @Column(name = "lexicon_key", length = 100)
    private String lexiconKey;
    @Column(nullable = false, length = 20)
    private String category;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "phrase_count", nullable = false)
    private int phraseCount;
    @Column(name = "current_version_id", nullable = false)
    private Long currentVersionId;
    @Column(name = "file_hash", length = 64)
    private String fileHash;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LexiconEntry() {
    }

    public LexiconEntry(String lexiconKey) {
        this.lexiconKey = lexiconKey;
    }

    public void describe(String category, String title, int phraseCount, long versionId, String fileHash, Instant now) {
        this.category = category;
        this.title = title;
        this.phraseCount = phraseCount;
        this.currentVersionId = versionId;
        this.fileHash = fileHash;
        this.active = true;
        this.updatedAt = now;
    }

    public void retire(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public String getLexiconKey() {
        return lexiconKey;
    }

    public String getCategory() {
        return category;
    }

    public int getPhraseCount() {
        return phraseCount;
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
