package org.kefuacademy.competence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kefuacademy.platform.content.CatalogueRow;

/** Catalogue row of the competence framework file. */
@Entity
@Table(name = "competence_framework")
public class FrameworkEntry extends CatalogueRow {
    @Id
    @Column(name = "framework_key", length = 100)
    private String frameworkKey;
    @Column(nullable = false, length = 200)
    private String title;

    protected FrameworkEntry() {
    }

    public FrameworkEntry(String frameworkKey) {
        this.frameworkKey = frameworkKey;
    }

    public void describe(String title, long versionId, Instant now) {
        this.title = title;
        pointAt(versionId, now);
    }

    @Override
    public String key() {
        return frameworkKey;
    }
}
