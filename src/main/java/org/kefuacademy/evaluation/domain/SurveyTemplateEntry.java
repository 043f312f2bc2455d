package org.kefuacademy.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kefuacademy.platform.content.CatalogueRow;

/** Catalogue row of a survey template, pointing at its current version. */
@Entity
@Table(name = "survey_template")
public class SurveyTemplateEntry extends CatalogueRow {
    @Id
    @Column(name = "template_key", length = 100)
    private String templateKey;
    @Column(name = "survey_kind", nullable = false, length = 10)
    private String surveyKind;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "question_count", nullable = false)
    private int questionCount;

    protected SurveyTemplateEntry() {
    }

    public SurveyTemplateEntry(String templateKey) {
        this.templateKey = templateKey;
    }

    public void describe(String surveyKind, String title, int questionCount, long versionId, Instant now) {
        this.surveyKind = surveyKind;
        this.title = title;
        this.questionCount = questionCount;
        pointAt(versionId, now);
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public String getSurveyKind() {
        return surveyKind;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public String key() {
        return templateKey;
    }
}
