package org.kefuacademy.roleplay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kefuacademy.platform.content.CatalogueRow;

/** Catalogue row of a reply-analysis lexicon (steps, polite or taboo), pointing at its current version. */
@Entity
@Table(name = "reply_lexicon")
public class LexiconEntry extends CatalogueRow {
    @Id
    @Column(name = "lexicon_key", length = 100)
    private String lexiconKey;
    @Column(nullable = false, length = 20)
    private String category;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "phrase_count", nullable = false)
    private int phraseCount;

    protected LexiconEntry() {
    }

    public LexiconEntry(String lexiconKey) {
        this.lexiconKey = lexiconKey;
    }

    public void describe(String category, String title, int phraseCount, long versionId, Instant now) {
        this.category = category;
        this.title = title;
        this.phraseCount = phraseCount;
        pointAt(versionId, now);
    }

    public String getCategory() {
        return category;
    }

    @Override
    public String key() {
        return lexiconKey;
    }
}
