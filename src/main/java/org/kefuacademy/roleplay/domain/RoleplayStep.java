package org.kefuacademy.roleplay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a run as it happened: where, what was chosen or written, its effects, the time taken. */
@Entity
@Table(name = "roleplay_step")
public class RoleplayStep {
    public static final int MAX_REPLY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "run_id", nullable = false)
    private long runId;
    @Column(nullable = false)
    private int seq;
    @Column(name = "step_kind", nullable = false, length = 10)
    private String stepKind;
    @Column(name = "node_id", nullable = false, length = 64)
    private String nodeId;
    @Column(name = "choice_index")
    private Integer choiceIndex;
    @Column(name = "reply_text", length = MAX_REPLY_LENGTH)
    private String replyText;
    @Column(nullable = false, length = 1000)
    private String effects;
    @Column(name = "reply_percent")
    private Integer replyPercent;
    @Column(name = "mood_before", nullable = false)
    private int moodBefore;
    @Column(name = "mood_after", nullable = false)
    private int moodAfter;
    @Column(name = "seconds_taken", nullable = false)
    private int secondsTaken;
    @Column(name = "entered_nodes", nullable = false, length = 1000)
    private String enteredNodes;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RoleplayStep() {
    }

    public RoleplayStep(long runId, int seq, String stepKind, String nodeId, Integer choiceIndex, String replyText,
                        String effects, Integer replyPercent, int moodBefore, int moodAfter, int secondsTaken,
                        String enteredNodes, Instant createdAt) {
        this.runId = runId;
        this.seq = seq;
        this.stepKind = stepKind;
        this.nodeId = nodeId;
        this.choiceIndex = choiceIndex;
        this.replyText = replyText;
        this.effects = effects;
        this.replyPercent = replyPercent;
        this.moodBefore = moodBefore;
        this.moodAfter = moodAfter;
        this.secondsTaken = secondsTaken;
        this.enteredNodes = enteredNodes;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public int getSeq() {
        return seq;
    }

    public String getStepKind() {
        return stepKind;
    }

    public String getNodeId() {
        return nodeId;
    }

    public Integer getChoiceIndex() {
        return choiceIndex;
    }

    public String getReplyText() {
        return replyText;
    }

    public String getEffects() {
        return effects;
    }

    public Integer getReplyPercent() {
        return replyPercent;
    }

    public int getMoodBefore() {
        return moodBefore;
    }

    public int getMoodAfter() {
        return moodAfter;
    }

    public int getSecondsTaken() {
        return secondsTaken;
    }

    public String getEnteredNodes() {
        return enteredNodes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
