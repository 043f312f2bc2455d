package org.kefuacademy.evaluation;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kefuacademy.evaluation.domain.SurveyAnswerRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's survey responses in the data export (one row per answered question), and their anonymisation:
 * open answers are blanked, scores stay so that cohort aggregates do not change.
 */
@Component
@Transactional
class SurveyPersonalData implements PersonalDataSource {
    private final SurveyService surveys;
    private final SurveyAnswerRepository answers;

    SurveyPersonalData(SurveyService surveys, SurveyAnswerRepository answers) {
        this.surveys = surveys;
        this.answers = answers;
    }

    @Override
    public String section() {
        return "surveys";
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Map<String, Object>> export(long accountId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PersonSurveyResponse r : surveys.responsesOf(accountId)) {
            for (PersonSurveyResponse.Answer a : r.answers()) {
                if (a.score() == null && a.text() == null) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("cohortId", r.cohortId());
                row.put("survey", r.title());
                row.put("week", r.isFinal() ? null : r.week());
                row.put("final", r.isFinal());
                row.put("submittedAt", r.submittedAt());
                row.put("updatedAt", r.updatedAt());
                row.put("questionNo", a.questionNo());
                row.put("question", a.question());
                row.put("score", a.score());
                row.put("text", a.text());
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId) {
        answers.blankTextsOf(accountId);
    }
}
