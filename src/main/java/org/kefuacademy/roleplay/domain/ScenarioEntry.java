package org.kefuacademy.roleplay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kefuacademy.platform.content.CatalogueRow;

/** Catalogue row of a scenario, pointing at its current version. */
@Entity
@Table(name = "scenario")
public class ScenarioEntry extends CatalogueRow {
    @Id
    @Column(name = "scenario_key", length = 100)
    private String scenarioKey;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, length = 20)
    private String channel;
    @Column(name = "week_no", nullable = false)
    private int weekNo;
    @Column(nullable = false)
    private int difficulty;
    @Column(nullable = false)
    private boolean assessed;
    @Column(nullable = false, length = 300)
    private String summary;
    @Column(nullable = false, length = 300)
    private String competences;
    @Column(name = "decision_count", nullable = false)
    private int decisionCount;

    protected ScenarioEntry() {
    }

    public ScenarioEntry(String scenarioKey) {
        this.scenarioKey = scenarioKey;
    }

    /** Points the row at a new version and describes it from the parsed scenario. */
    public void describe(String title, String channel, int weekNo, int difficulty, boolean assessed, String summary,
                         String competences, int decisionCount, long versionId, Instant now) {
        this.title = title;
        this.channel = channel;
        this.weekNo = weekNo;
        this.difficulty = difficulty;
        this.assessed = assessed;
        this.summary = summary;
        this.competences = competences;
        this.decisionCount = decisionCount;
        pointAt(versionId, now);
    }

    public String getScenarioKey() {
        return scenarioKey;
    }

    public String getTitle() {
        return title;
    }

    public String getChannel() {
        return channel;
    }

    public int getWeekNo() {
        return weekNo;
    }

    public int getDifficulty() {
        return difficulty;
    }

    public boolean isAssessed() {
        return assessed;
    }

    public String getSummary() {
        return summary;
    }

    public String getCompetences() {
        return competences;
    }

    public int getDecisionCount() {
        return decisionCount;
    }

    @Override
    public String key() {
        return scenarioKey;
    }
}
