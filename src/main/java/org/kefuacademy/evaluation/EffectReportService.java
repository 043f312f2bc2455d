package org.kefuacademy.evaluation;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kefuacademy.assessment.CohortAssessmentResult;
import org.kefuacademy.assessment.CohortAssessmentResults;
import org.kefuacademy.competence.CohortCompetenceGains;
import org.kefuacademy.evaluation.domain.SurveyResponseRepository;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the training-effect report of a cohort from aggregate figures: the assessment feature's best
 * results per trainee, the competence feature's gains since the first week, and this feature's survey means.
 */
@Service
@Transactional(readOnly = true)
public class EffectReportService {
    private final CohortAccess access;
    private final CohortAssessmentResults assessments;
    private final CohortCompetenceGains competences;
    private final SurveyResponseRepository responses;

    EffectReportService(CohortAccess access, CohortAssessmentResults assessments, CohortCompetenceGains competences,
                        SurveyResponseRepository responses) {
        this.access = access;
        this.assessments = assessments;
        this.competences = competences;
        this.responses = responses;
    }

    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public EffectReport report(long cohortId) {
        CohortSummary cohort = access.require(cohortId);
        List<EffectReport.AssessmentRow> rows = assessments.ofCohort(cohortId).stream()
                .map(r -> row(r.summary((int) cohort.traineeCount()))).toList();
        Map<Integer, SurveyResponseRepository.WeekMean> surveys = responses.weekMeans(cohortId).stream()
                .collect(Collectors.toMap(SurveyResponseRepository.WeekMean::getWeekNo, Function.identity()));
        List<EffectReport.WeekRow> weeks = new ArrayList<>();
        for (int week : SurveyWindow.all()) {
            EffectReport.AssessmentRow a = rows.stream()
                    .filter(r -> week == SurveyWindow.FINAL ? r.week() == null : Integer.valueOf(week).equals(r.week()))
                    .findFirst().orElse(null);
            SurveyResponseRepository.WeekMean s = surveys.get(week);
            long answered = s == null ? 0 : s.getResponses();
            weeks.add(new EffectReport.WeekRow(week, a == null ? null : a.mean(), a == null ? null : a.passRatePercent(),
                    s == null ? null : s.getMean(), answered,
                    cohort.traineeCount() == 0 ? null : (int) Math.round(100.0 * answered / cohort.traineeCount())));
        }
        var gains = competences.gains(cohortId, cohort.calendar().dateOf(1, TrainingCalendar.DAYS_PER_WEEK));
        return new EffectReport(cohortId, cohort.name(), cohort.traineeCount(), rows, weeks, gains);
    }

    private static EffectReport.AssessmentRow row(CohortAssessmentResult r) {
        int takers = r.takers();
        Double mean = takers == 0 ? null
                : r.bestPercents().stream().map(BigDecimal::doubleValue).mapToDouble(Double::doubleValue).sum() / takers;
        return new EffectReport.AssessmentRow(r.assessmentKey(), r.title(), r.week(), r.passMark(), takers, r.passed(),
                takers == 0 ? null : (int) Math.round(100.0 * r.passed() / takers), mean, ScoreBands.count(r.bestPercents()));
    }
}
