package org.kefuacademy.evaluation.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kefuacademy.evaluation.EffectReportService;
import org.kefuacademy.evaluation.SurveyAggregates;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.Roles;

/**
 * 培训评估: pick a cohort, read its survey results week by week and its training-effect report with charts;
 * every grid exports to Excel and CSV. Trainers see only their own cohorts (the services enforce it).
 */
@Route("evaluation")
@RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
@Menu(title = "nav.evaluation", order = 66, icon = "vaadin:line-bar-chart")
class EvaluationView extends VerticalLayout implements HasDynamicTitle {
    private final Select<CohortSummary> cohort = new Select<>();
    private final SurveyResultsPanel surveys;
    private final EffectReportPanel report;
    private final Paragraph choose = new Paragraph();

    EvaluationView(SurveyAggregates aggregates, EffectReportService reports, Clock clock) {
        addClassName("kefu-page");
        surveys = new SurveyResultsPanel(aggregates);
        report = new EffectReportPanel(reports);
        List<CohortSummary> list = aggregates.cohorts();
        cohort.setLabel(getTranslation("evaluation.cohort"));
        cohort.setItems(list);
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setId("evaluation-cohort");
        cohort.addValueChangeListener(e -> show(e.getValue()));
        choose.setText(getTranslation("evaluation.choose-cohort"));
        add(new H2(getTranslation("nav.evaluation")), cohort, choose, surveys, report);
        surveys.setVisible(false);
        report.setVisible(false);
        CohortSummary.inTraining(list, LocalDate.now(clock)).ifPresent(cohort::setValue);
    }

    private void show(CohortSummary c) {
        choose.setVisible(c == null);
        surveys.setVisible(c != null);
        report.setVisible(c != null);
        if (c != null) {
            surveys.show(c.id());
            report.show(c.id());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.evaluation") + " · " + getTranslation("app.name");
    }
}
