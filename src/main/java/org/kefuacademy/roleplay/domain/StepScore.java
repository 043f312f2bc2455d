package org.kefuacademy.roleplay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Points earned and possible in one competence at one step; an override keeps the engine's figure. */
@Entity
@Table(name = "roleplay_step_score")
public class StepScore {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "step_id", nullable = false)
    private long stepId;
    @Column(name = "run_id", nullable = false)
    private long runId;
    @Column(nullable = false, length = 32)
    private String competence;
    @Column(nullable = false)
    private int earned;
    @Column(nullable = false)
    private int possible;
    @Column(name = "override_earned")
    private Integer overrideEarned;

    protected StepScore() {
    }

    public StepScore(long stepId, long runId, String competence, int earned, int possible) {
        this.stepId = stepId;
        this.runId = runId;
        this.competence = competence;
        this.earned = earned;
        this.possible = possible;
    }

    public void override(int points) {
        this.overrideEarned = points;
    }

    /** What counts: the trainer's figure if there is one, else the engine's. */
    public int effectiveEarned() {
        return overrideEarned != null ? overrideEarned : earned;
    }

    public Long getId() {
        return id;
    }

    public long getStepId() {
        return stepId;
    }

    public long getRunId() {
        return runId;
    }

    public String getCompetence() {
        return competence;
    }

    public int getEarned() {
        return earned;
    }

    public int getPossible() {
        return possible;
    }

    public Integer getOverrideEarned() {
        return overrideEarned;
    }
}
