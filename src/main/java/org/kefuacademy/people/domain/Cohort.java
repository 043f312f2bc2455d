package org.kefuacademy.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A training cohort (培训批次): a group of new hires who start the month together. */
@Entity
@Table(name = "cohort")
public class Cohort {
    public static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    /** Whether a week's assessment opens only once the trainee has completed that week's modules. */
    @Column(name = "assessment_needs_modules", nullable = false)
    private boolean assessmentNeedsModules;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Cohort() {
    }

    public Cohort(String name, LocalDate startDate, Instant now) {
        this.name = name;
        this.startDate = startDate;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public boolean isAssessmentNeedsModules() {
        return assessmentNeedsModules;
    }

    public void change(String newName, LocalDate newStartDate, boolean needsModules, Instant now) {
        this.name = newName;
        this.startDate = newStartDate;
        this.assessmentNeedsModules = needsModules;
        this.updatedAt = now;
    }
}
