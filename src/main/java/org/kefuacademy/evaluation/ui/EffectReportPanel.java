package org.kefuacademy.evaluation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.kefuacademy.competence.CompetenceGain;
import org.kefuacademy.evaluation.EffectReport;
import org.kefuacademy.evaluation.EffectReportService;
import org.kefuacademy.evaluation.EvaluationTables;
import org.kefuacademy.evaluation.ScoreBands;
import org.kefuacademy.platform.ui.ExportButtons;

/** The training-effect report of a cohort: assessment results, week-by-week figures with charts, competence gains. */
class EffectReportPanel extends VerticalLayout {
    private final transient EffectReportService reports;
    private final transient EvaluationTables tables = new EvaluationTables(this::getTranslation);
    private final Grid<EffectReport.AssessmentRow> assessments = new Grid<>();
    private final Grid<EffectReport.WeekRow> weeks = new Grid<>();
    private final Grid<CompetenceGain> gains = new Grid<>();
    private final Div weekScores = chartBox("evaluation-chart-weeks");
    private final Div weekSurveys = chartBox("evaluation-chart-surveys");
    private final Div bands = chartBox("evaluation-chart-bands");
    private EffectReport report;

    EffectReportPanel(EffectReportService reports) {
        this.reports = reports;
        setPadding(false);
        setId("evaluation-report");
        assessments.setId("evaluation-assessments");
        assessments.addColumn(EffectReport.AssessmentRow::title).setHeader(getTranslation("evaluation.col.assessment")).setFlexGrow(1);
        assessments.addColumn(EffectReport.AssessmentRow::takers).setHeader(getTranslation("evaluation.col.takers")).setAutoWidth(true);
        assessments.addColumn(EffectReport.AssessmentRow::passed).setHeader(getTranslation("evaluation.col.passed")).setAutoWidth(true);
        assessments.addColumn(a -> dash(a.passRatePercent())).setHeader(getTranslation("evaluation.col.pass-rate")).setAutoWidth(true);
        assessments.addColumn(a -> dash(EvaluationTables.round(a.mean()))).setHeader(getTranslation("evaluation.col.mean-score")).setAutoWidth(true);
        for (int i = 0; i < ScoreBands.LABELS.size(); i++) {
            int band = i;
            assessments.addColumn(a -> a.bands().get(band)).setHeader(ScoreBands.LABELS.get(i)).setAutoWidth(true);
        }
        assessments.setAllRowsVisible(true);
        weeks.setId("evaluation-weeks");
        weeks.addColumn(w -> tables.weekLabel(w.week())).setHeader(getTranslation("evaluation.col.week")).setAutoWidth(true);
        weeks.addColumn(w -> dash(EvaluationTables.round(w.assessmentMean()))).setHeader(getTranslation("evaluation.col.mean-score"));
        weeks.addColumn(w -> dash(w.passRatePercent())).setHeader(getTranslation("evaluation.col.pass-rate"));
        weeks.addColumn(w -> dash(EvaluationTables.round(w.surveyMean()))).setHeader(getTranslation("evaluation.col.survey-mean"));
        weeks.addColumn(EffectReport.WeekRow::surveyResponses).setHeader(getTranslation("evaluation.col.responses"));
        weeks.addColumn(w -> dash(w.surveyResponseRatePercent())).setHeader(getTranslation("evaluation.col.response-rate"));
        weeks.setAllRowsVisible(true);
        gains.setId("evaluation-gains");
        gains.addColumn(g -> getTranslation(g.competence().labelKey())).setHeader(getTranslation("evaluation.col.competence")).setFlexGrow(1);
        gains.addColumn(g -> dash(g.baselinePercent())).setHeader(getTranslation("evaluation.col.first-week"));
        gains.addColumn(g -> dash(g.latestPercent())).setHeader(getTranslation("evaluation.col.latest"));
        gains.addColumn(g -> g.gain() == null ? "—" : (g.gain() > 0 ? "+" : "") + g.gain()).setHeader(getTranslation("evaluation.col.gain"));
        gains.addColumn(CompetenceGain::people).setHeader(getTranslation("evaluation.col.people"));
        gains.setAllRowsVisible(true);
        FlexLayout charts = new FlexLayout(weekScores, weekSurveys);
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.setWidthFull();
        add(new H3(getTranslation("evaluation.report")),
                new H4(getTranslation("evaluation.report-assessments")), new Paragraph(getTranslation("evaluation.report-note")),
                assessments, new ExportButtons("evaluation-assessments", "effect-assessments", () -> tables.assessments(report)), bands,
                new H4(getTranslation("evaluation.report-weeks")), charts, weeks,
                new ExportButtons("evaluation-weeks", "effect-weeks", () -> tables.weeks(report)),
                new H4(getTranslation("evaluation.report-gains")), gains,
                new ExportButtons("evaluation-gains", "effect-gains", () -> tables.gains(report)));
    }

    void show(long cohortId) {
        report = reports.report(cohortId);
        assessments.setItems(report.assessments());
        weeks.setItems(report.weeks());
        gains.setItems(report.gains());
        List<String> labels = report.weeks().stream().map(w -> tables.weekLabel(w.week())).toList();
        draw(weekScores, getTranslation("evaluation.chart.assessment"), SvgBarChart.svg(getTranslation("evaluation.chart.assessment"),
                labels, report.weeks().stream().map(EffectReport.WeekRow::assessmentMean).toList(), 100, 1));
        draw(weekSurveys, getTranslation("evaluation.chart.survey"), SvgBarChart.svg(getTranslation("evaluation.chart.survey"),
                labels, report.weeks().stream().map(EffectReport.WeekRow::surveyMean).toList(), 5, 2));
        List<Integer> totals = report.bandTotals();
        int top = Math.max(4, totals.stream().mapToInt(Integer::intValue).max().orElse(0));
        draw(bands, getTranslation("evaluation.chart.bands"), SvgBarChart.svg(getTranslation("evaluation.chart.bands"),
                ScoreBands.LABELS, totals, top, 0));
    }

    private static void draw(Div box, String title, String svg) {
        box.removeAll();
        Div chart = new Div();
        chart.getElement().setProperty("innerHTML", svg);
        chart.addClassName("kefu-chart");
        box.add(new Paragraph(title), chart);
    }

    private static Div chartBox(String id) {
        Div box = new Div();
        box.setId(id);
        box.getStyle().set("flex", "1 1 320px").set("max-width", "560px");
        return box;
    }

    private static String dash(Object v) {
        return v == null ? "—" : v.toString();
    }
}
