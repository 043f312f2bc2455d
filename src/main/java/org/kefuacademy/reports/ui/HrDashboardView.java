package org.kefuacademy.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import org.kefuacademy.competence.CohortHeatmap;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.ui.ExportButtons;
import org.kefuacademy.reports.CohortDashboard;
import org.kefuacademy.reports.CohortProgress;
import org.kefuacademy.reports.HrDashboardService;
import org.kefuacademy.reports.OverdueTrainee;
import org.kefuacademy.reports.WeekFigures;

/**
 * 培训看板: progress of the cohorts in training and recently finished, then for a picked cohort its
 * weekly results, weakest competences and overdue trainees, each grid with its charts and exports.
 */
@Route("reports/dashboard")
@RolesAllowed({Roles.HR, Roles.ADMIN, Roles.TRAINER})
@Menu(title = "nav.dashboard", order = 49, icon = "vaadin:dashboard")
class HrDashboardView extends VerticalLayout implements HasDynamicTitle {
    /** The person record's route (records/ui/PersonRecordView), reached by address: views of another feature are not imported. */
    static final String PERSON_RECORD = "records/person/";
    private final transient HrDashboardService dashboard;
    private final transient DashboardTables tables;
    private final Select<CohortSummary> cohort = new Select<>();
    private final Div detail = new Div();

    HrDashboardView(HrDashboardService dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.tables = new DashboardTables(this::getTranslation);
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.dashboard")));
        overview();
        List<CohortSummary> pickable = dashboard.pickable();
        cohort.setLabel(getTranslation("heatmap.cohort"));
        cohort.setItems(pickable);
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setId("dashboard-cohort");
        cohort.addValueChangeListener(e -> show(e.getValue()));
        detail.setId("dashboard-detail");
        detail.setWidthFull();
        add(cohort, detail);
        CohortSummary.inTraining(pickable, LocalDate.now(clock)).ifPresent(cohort::setValue);
    }

    private void overview() {
        List<CohortProgress> all = dashboard.overview();
        add(new H3(getTranslation("dashboard.progress")));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.no-current")));
            return;
        }
        Grid<CohortProgress> grid = new Grid<>();
        grid.setId("dashboard-progress-grid");
        grid.addColumn(CohortProgress::name).setHeader(getTranslation("dashboard.col.cohort")).setAutoWidth(true);
        grid.addColumn(tables::position).setHeader(getTranslation("dashboard.col.position")).setAutoWidth(true);
        grid.addColumn(CohortProgress::trainees).setHeader(getTranslation("dashboard.col.trainees")).setAutoWidth(true);
        grid.addColumn(p -> tables.number(p.averageCompleted())).setHeader(getTranslation("dashboard.col.avg-completed")).setAutoWidth(true);
        grid.addColumn(CohortProgress::expected).setHeader(getTranslation("dashboard.col.expected")).setAutoWidth(true);
        grid.addColumn(CohortProgress::modules).setHeader(getTranslation("dashboard.col.modules")).setAutoWidth(true);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        add(grid, new ExportButtons("dashboard-progress-export", "cohort-progress", () -> tables.progress(dashboard.overview())));
        add(chart("dashboard-progress-chart", DashboardCharts.progress(getTranslation("dashboard.progress"),
                all.stream().map(CohortProgress::name).toList(), all.stream().map(CohortProgress::completedPercent).toList(),
                all.stream().map(CohortProgress::expectedPercent).toList())));
        Paragraph legend = new Paragraph(getTranslation("dashboard.progress-legend"));
        legend.addClassName("kefu-muted");
        add(legend);
    }

    private void show(CohortSummary picked) {
        detail.removeAll();
        if (picked == null) {
            return;
        }
        long id = picked.id();
        CohortDashboard d = dashboard.dashboard(id);
        weeks(d, id);
        weakest(d, id);
        overdue(d, id);
    }

    private void weeks(CohortDashboard d, long id) {
        detail.add(new H3(getTranslation("dashboard.weeks")));
        Grid<WeekFigures> grid = new Grid<>();
        grid.setId("dashboard-weeks-grid");
        grid.addColumn(tables::assessmentLabel).setHeader(getTranslation("dashboard.col.assessment")).setAutoWidth(true);
        grid.addColumn(w -> w.takers() + " / " + w.trainees()).setHeader(getTranslation("dashboard.col.takers")).setAutoWidth(true);
        grid.addColumn(WeekFigures::passed).setHeader(getTranslation("dashboard.col.passed")).setAutoWidth(true);
        grid.addColumn(w -> w.passRatePercent() == null ? "—" : w.passRatePercent() + "%").setHeader(getTranslation("dashboard.col.pass-rate"))
                .setAutoWidth(true);
        grid.addColumn(w -> w.averagePercent() == null ? "—" : tables.number(w.averagePercent()))
                .setHeader(getTranslation("dashboard.col.average")).setAutoWidth(true);
        grid.setItems(d.weeks());
        grid.setAllRowsVisible(true);
        detail.add(grid, new ExportButtons("dashboard-weeks-export", "weekly-results", () -> tables.weeks(dashboard.dashboard(id).weeks())));
        List<String> labels = d.weeks().stream().map(tables::shortLabel).toList();
        Div charts = new Div(
                chart("dashboard-average-chart", DashboardCharts.bars(getTranslation("dashboard.chart.average"), labels,
                        d.weeks().stream().map(WeekFigures::averagePercent).toList(), "", null)),
                chart("dashboard-pass-rate-chart", DashboardCharts.bars(getTranslation("dashboard.chart.pass-rate"), labels,
                        d.weeks().stream().map(w -> w.passRatePercent() == null ? null : w.passRatePercent().doubleValue()).toList(), "%",
                        null)));
        charts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        detail.add(new H3(getTranslation("dashboard.chart.average") + " · " + getTranslation("dashboard.chart.pass-rate")), charts);
    }

    private void weakest(CohortDashboard d, long id) {
        detail.add(new H3(getTranslation("dashboard.weakest")));
        if (d.weakest().isEmpty()) {
            detail.add(new Paragraph(getTranslation("dashboard.no-evidence")));
            return;
        }
        Grid<CohortHeatmap.Weak> grid = new Grid<>();
        grid.setId("dashboard-weakest-grid");
        grid.addColumn(w -> getTranslation(w.competence().labelKey())).setHeader(getTranslation("dashboard.col.competence")).setAutoWidth(true);
        grid.addColumn(w -> w.percent() + "%").setHeader(getTranslation("dashboard.col.level")).setAutoWidth(true);
        grid.addColumn(CohortHeatmap.Weak::peopleBelow).setHeader(getTranslation("dashboard.col.below", d.demonstratedPercent()))
                .setAutoWidth(true);
        grid.setItems(d.weakest());
        grid.setAllRowsVisible(true);
        detail.add(grid, new ExportButtons("dashboard-weakest-export", "weakest-competences", () -> {
            CohortDashboard now = dashboard.dashboard(id);
            return tables.weakest(now.weakest(), now.demonstratedPercent());
        }));
    }

    private void overdue(CohortDashboard d, long id) {
        detail.add(new H3(getTranslation("dashboard.overdue")));
        if (d.overdue().isEmpty()) {
            detail.add(new Paragraph(getTranslation("dashboard.none-overdue")));
            return;
        }
        Grid<OverdueTrainee> grid = new Grid<>();
        grid.setId("dashboard-overdue-grid");
        grid.addComponentColumn(o -> {
            Anchor a = new Anchor(PERSON_RECORD + o.accountId(), o.name());
            a.addClassName("dashboard-person");
            return a;
        }).setHeader(getTranslation("dashboard.col.trainee")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation(o.reason().labelKey())).setHeader(getTranslation("dashboard.col.reason")).setAutoWidth(true);
        grid.addColumn(tables::detail).setHeader(getTranslation("dashboard.col.detail")).setFlexGrow(2);
        grid.setItems(d.overdue());
        grid.setAllRowsVisible(true);
        detail.add(grid, new ExportButtons("dashboard-overdue-export", "overdue-trainees", () -> tables.overdue(dashboard.dashboard(id).overdue())));
    }

    private static Div chart(String id, String svg) {
        Div box = new Div();
        box.setId(id);
        box.getElement().setProperty("innerHTML", svg);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.name");
    }
}
