package org.kefuacademy.roleplay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One play of a scenario. The engine's state after the last step lives on the row (node, mood,
 * flags, last reply, decisions); points per competence live in the step scores.
 */
@Entity
@Table(name = "roleplay_run")
public class RoleplayRun {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "scenario_key", nullable = false, length = 100)
    private String scenarioKey;
    @Column(name = "scenario_version_id", nullable = false)
    private long scenarioVersionId;
    @Column(nullable = false)
    private boolean assessed;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "node_id", nullable = false, length = 64)
    private String nodeId;
    @Column(name = "node_entered_at", nullable = false)
    private Instant nodeEnteredAt;
    @Column(nullable = false)
    private int mood;
    @Column(nullable = false, length = 1000)
    private String flags;
    @Column(name = "last_reply_percent", nullable = false)
    private int lastReplyPercent;
    @Column(nullable = false)
    private int decisions;
    @Column(name = "ending_kind", length = 20)
    private String endingKind;
    @Column(name = "earned_total", nullable = false)
    private int earnedTotal;
    @Column(name = "possible_total", nullable = false)
    private int possibleTotal;
    @Column(name = "score_percent")
    private Integer scorePercent;
    @Version
    private long version;

    protected RoleplayRun() {
    }

    public RoleplayRun(long accountId, String scenarioKey, long scenarioVersionId, boolean assessed, Instant now) {
        this.accountId = accountId;
        this.scenarioKey = scenarioKey;
        this.scenarioVersionId = scenarioVersionId;
        this.assessed = assessed;
        this.startedAt = now;
        this.flags = "";
    }

    /** Keeps the engine's state after a step. */
    public void moveTo(String nodeId, int mood, String flags, int lastReplyPercent, int decisions, Instant now) {
        this.nodeId = nodeId;
        this.mood = mood;
        this.flags = flags;
        this.lastReplyPercent = lastReplyPercent;
        this.decisions = decisions;
        this.nodeEnteredAt = now;
    }

    public void totals(int earned, int possible) {
        this.earnedTotal = earned;
        this.possibleTotal = possible;
        if (finishedAt != null) {
            this.scorePercent = possible <= 0 ? 0 : (int) Math.max(0, Math.min(100, Math.round(100.0 * earned / possible)));
        }
    }

    public void finish(String endingKind, Instant now) {
        this.endingKind = endingKind;
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getScenarioKey() {
        return scenarioKey;
    }

    public long getScenarioVersionId() {
        return scenarioVersionId;
    }

    public boolean isAssessed() {
        return assessed;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    public String getNodeId() {
        return nodeId;
    }

    public Instant getNodeEnteredAt() {
        return nodeEnteredAt;
    }

    public int getMood() {
        return mood;
    }

    public String getFlags() {
        return flags;
    }

    public int getLastReplyPercent() {
        return lastReplyPercent;
    }

    public int getDecisions() {
        return decisions;
    }

    public String getEndingKind() {
        return endingKind;
    }

    public int getEarnedTotal() {
        return earnedTotal;
    }

    public int getPossibleTotal() {
        return possibleTotal;
    }

    public Integer getScorePercent() {
        return scorePercent;
    }
}
