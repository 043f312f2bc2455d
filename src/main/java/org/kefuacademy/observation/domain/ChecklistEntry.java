package org.kefuacademy.observation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kefuacademy.platform.content.CatalogueRow;

/** Catalogue row of an observation checklist, pointing at its current version. */
@Entity
@Table(name = "observation_checklist")
public class ChecklistEntry extends CatalogueRow {
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

    protected ChecklistEntry() {
    }

    public ChecklistEntry(String checklistKey) {
        this.checklistKey = checklistKey;
    }

    public void describe(String category, String title, Integer weekNo, int itemCount, int maxPoints, long versionId, Instant now) {
        this.category = category;
        this.title = title;
        this.weekNo = weekNo;
        this.itemCount = itemCount;
        this.maxPoints = maxPoints;
        pointAt(versionId, now);
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

    @Override
    public String key() {
        return checklistKey;
    }
}
