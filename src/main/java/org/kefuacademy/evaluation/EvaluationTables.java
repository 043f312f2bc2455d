package org.kefuacademy.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.kefuacademy.competence.CompetenceGain;
import org.kefuacademy.platform.tabular.Table;

/**
 * The evaluation report grids as exportable tables (Excel / CSV): the same figures the view shows, with
 * numbers as numbers. Headings come through the caller's translator, so exports follow the user's language.
 */
public final class EvaluationTables {

    /** Message lookup: a bundle key and its arguments to text (a view passes its {@code getTranslation}). */
    @FunctionalInterface
    public interface Translator {
        String t(String key, Object... args);
    }

    private final Translator tr;

    public EvaluationTables(Translator tr) {
        this.tr = tr;
    }

    public Table questions(SurveyAggregate a) {
        List<String> headers = new ArrayList<>(List.of(tr.t("evaluation.col.no"), tr.t("evaluation.col.question"),
                tr.t("evaluation.col.answers"), tr.t("evaluation.col.mean")));
        for (int s = 1; s <= SurveyTemplate.SCALE_MAX; s++) {
            headers.add(tr.t("evaluation.col.score", s));
        }
        List<List<?>> rows = new ArrayList<>();
        for (SurveyAggregate.QuestionStats q : a.questions()) {
            List<Object> row = new ArrayList<>(List.of(q.questionNo(), q.question(), q.answers()));
            row.add(round(q.mean()));
            row.addAll(q.distribution());
            rows.add(row);
        }
        return new Table(tr.t("evaluation.sheet.questions"), headers, rows);
    }

    public Table openAnswers(List<OpenAnswer> answers, boolean withNames) {
        List<String> headers = new ArrayList<>(List.of(tr.t("evaluation.col.no"), tr.t("evaluation.col.question")));
        if (withNames) {
            headers.add(tr.t("evaluation.col.person"));
        }
        headers.addAll(List.of(tr.t("evaluation.col.answer"), tr.t("evaluation.col.when")));
        List<List<?>> rows = new ArrayList<>();
        for (OpenAnswer o : answers) {
            List<Object> row = new ArrayList<>(List.of(o.questionNo(), o.question()));
            if (withNames) {
                row.add(o.personName());
            }
            row.add(o.text());
            row.add(o.answeredAt());
            rows.add(row);
        }
        return new Table(tr.t("evaluation.sheet.open"), headers, rows);
    }

    public Table assessments(EffectReport r) {
        List<String> headers = new ArrayList<>(List.of(tr.t("evaluation.col.assessment"), tr.t("evaluation.col.week"),
                tr.t("evaluation.col.pass-mark"), tr.t("evaluation.col.takers"), tr.t("evaluation.col.passed"),
                tr.t("evaluation.col.pass-rate"), tr.t("evaluation.col.mean-score")));
        headers.addAll(ScoreBands.LABELS);
        List<List<?>> rows = new ArrayList<>();
        for (EffectReport.AssessmentRow a : r.assessments()) {
            List<Object> row = new ArrayList<>();
            row.add(a.title());
            row.add(weekLabel(a.week() == null ? SurveyWindow.FINAL : a.week()));
            row.add(a.passMark());
            row.add(a.takers());
            row.add(a.passed());
            row.add(a.passRatePercent());
            row.add(round(a.mean()));
            row.addAll(a.bands());
            rows.add(row);
        }
        return new Table(tr.t("evaluation.sheet.assessments"), headers, rows);
    }

    public Table weeks(EffectReport r) {
        List<String> headers = List.of(tr.t("evaluation.col.week"), tr.t("evaluation.col.mean-score"), tr.t("evaluation.col.pass-rate"),
                tr.t("evaluation.col.survey-mean"), tr.t("evaluation.col.responses"), tr.t("evaluation.col.response-rate"));
        List<List<?>> rows = new ArrayList<>();
        for (EffectReport.WeekRow w : r.weeks()) {
            rows.add(java.util.Arrays.asList(weekLabel(w.week()), round(w.assessmentMean()), w.passRatePercent(), round(w.surveyMean()),
                    w.surveyResponses(), w.surveyResponseRatePercent()));
        }
        return new Table(tr.t("evaluation.sheet.weeks"), headers, rows);
    }

    public Table gains(EffectReport r) {
        List<String> headers = List.of(tr.t("evaluation.col.competence"), tr.t("evaluation.col.first-week"),
                tr.t("evaluation.col.latest"), tr.t("evaluation.col.gain"), tr.t("evaluation.col.people"));
        List<List<?>> rows = new ArrayList<>();
        for (CompetenceGain g : r.gains()) {
            rows.add(java.util.Arrays.asList(tr.t(g.competence().labelKey()), g.baselinePercent(), g.latestPercent(), g.gain(), g.people()));
        }
        return new Table(tr.t("evaluation.sheet.gains"), headers, rows);
    }

    public String weekLabel(int week) {
        return week == SurveyWindow.FINAL ? tr.t("evaluation.final") : tr.t("evaluation.week", week);
    }

    /** A mean to one decimal, as the grids show it. */
    public static BigDecimal round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
