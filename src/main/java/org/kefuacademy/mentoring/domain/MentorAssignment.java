package org.kefuacademy.mentoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A mentor assigned to a trainee from a date; ended (and kept) when the trainee is reassigned or the mentoring ends. */
@Entity
@Table(name = "mentor_assignment")
public class MentorAssignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "trainee_id", nullable = false)
    private long traineeId;
    @Column(name = "mentor_id", nullable = false)
    private long mentorId;
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    /** The trainee's id while current, null once ended: a unique key allows one current mentor per trainee. */
    @Column(name = "current_trainee_id")
    private Long currentTraineeId;
    @Column(name = "assigned_by", nullable = false)
    private long assignedBy;
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected MentorAssignment() {
    }

    public MentorAssignment(long traineeId, long mentorId, LocalDate startedOn, long assignedBy, Instant now) {
        this.traineeId = traineeId;
        this.mentorId = mentorId;
        this.startedOn = startedOn;
        this.currentTraineeId = traineeId;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
    }

    public void end(LocalDate on) {
        this.endedOn = on;
        this.currentTraineeId = null;
    }

    public boolean isCurrent() {
        return endedOn == null;
    }

    public Long getId() {
        return id;
    }

    public long getTraineeId() {
        return traineeId;
    }

    public long getMentorId() {
        return mentorId;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
