package org.kefuacademy.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A trainee's response to one survey of one cohort: week 1–4, or {@code 0} for the final survey. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "cohort_id", nullable = false)
    private long cohortId;
    @Column(name = "week_no", nullable = false)
    private int weekNo;
    @Column(name = "template_key", nullable = false, length = 100)
    private String templateKey;
    @Column(name = "template_version_id", nullable = false)
    private long templateVersionId;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SurveyResponse() {
    }

    public SurveyResponse(long accountId, long cohortId, int weekNo, String templateKey, long templateVersionId, Instant at) {
        this.accountId = accountId;
        this.cohortId = cohortId;
        this.weekNo = weekNo;
        this.templateKey = templateKey;
        this.templateVersionId = templateVersionId;
        this.submittedAt = at;
        this.updatedAt = at;
    }

    /** A revision: answered again (possibly against a newer template version). */
    public void revise(String templateKey, long templateVersionId, Instant at) {
        this.templateKey = templateKey;
        this.templateVersionId = templateVersionId;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getCohortId() {
        return cohortId;
    }

    public int getWeekNo() {
        return weekNo;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public long getTemplateVersionId() {
        return templateVersionId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
