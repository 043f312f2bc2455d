package org.kefuacademy.mentoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One mentoring session as the mentor logged it; once the trainee confirms it, it is fixed. */
@Entity
@Table(name = "mentoring_session")
public class MentoringSession {
    public static final int TOPIC_MAX = 100;
    public static final int NOTES_MAX = 2000;
    public static final int NEXT_STEPS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;
    @Column(name = "trainee_id", nullable = false)
    private long traineeId;
    @Column(name = "mentor_id", nullable = false)
    private long mentorId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false, length = TOPIC_MAX)
    private String topic;
    @Column(nullable = false, length = NOTES_MAX)
    private String notes;
    @Column(name = "next_steps", length = NEXT_STEPS_MAX)
    private String nextSteps;
    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected MentoringSession() {
    }

    public MentoringSession(MentorAssignment assignment, LocalDate heldOn, String topic, String notes, String nextSteps, Instant now) {
        this.assignmentId = assignment.getId();
        this.traineeId = assignment.getTraineeId();
        this.mentorId = assignment.getMentorId();
        this.loggedAt = now;
        change(heldOn, topic, notes, nextSteps, now);
    }

    public final void change(LocalDate heldOn, String topic, String notes, String nextSteps, Instant now) {
        this.heldOn = heldOn;
        this.topic = topic;
        this.notes = notes;
        this.nextSteps = nextSteps;
        this.updatedAt = now;
    }

    public void confirm(Instant now) {
        this.confirmedAt = now;
    }

    /** Keeps the date and the confirmation, blanks what was written (PIPL anonymisation). */
    public void blankText(String placeholder) {
        this.topic = placeholder;
        this.notes = placeholder;
        this.nextSteps = null;
    }

    public Long getId() {
        return id;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getTraineeId() {
        return traineeId;
    }

    public long getMentorId() {
        return mentorId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public String getNotes() {
        return notes;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
