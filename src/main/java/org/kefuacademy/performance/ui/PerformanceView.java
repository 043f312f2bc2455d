package org.kefuacademy.performance.ui;

import com.vaadin.flow.component.grid.Grid;
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
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.MyCohort;
import org.kefuacademy.performance.PerformanceReviewService;
import org.kefuacademy.performance.ReviewEntry;
import org.kefuacademy.performance.TeamReport;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.ui.ExportButtons;
import org.springframework.data.domain.PageRequest;

/**
 * 绩效考核: choose a cohort to see each trainee's latest review against the department's targets
 * (with averages and how many met each target, exportable), pick a trainee for their history, and
 * write or change a review. Trainers see only the cohorts they train.
 */
@Route("performance")
@RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
@Menu(title = "nav.performance", order = 59, icon = "vaadin:chart-line")
class PerformanceView extends VerticalLayout implements HasDynamicTitle {
    private static final int COHORTS_LISTED = 50;
    private final transient PerformanceReviewService reviews;
    private final LocalDate today;
    private final Select<CohortSummary> cohort = new Select<>();
    private final Paragraph figures = new Paragraph();
    private final Paragraph targets = new Paragraph();
    private final Grid<TeamReport.Row> team = new Grid<>();
    private final H3 historyTitle = new H3();
    private final Grid<ReviewEntry> history = new Grid<>();
    private final ReviewForm form;
    private TeamReport.Row person;

    PerformanceView(PerformanceReviewService reviews, CohortService cohorts, CurrentUser currentUser, Clock clock) {
        this.reviews = reviews;
        this.today = LocalDate.now(clock);
        addClassName("kefu-page");
        var me = currentUser.require();
        List<CohortSummary> list = me.hasRole(Role.HR) || me.hasRole(Role.ADMIN)
                ? cohorts.search("", PageRequest.of(0, COHORTS_LISTED))
                : cohorts.mine().stream().filter(MyCohort::asTrainer).map(MyCohort::cohort).toList();
        cohort.setLabel(getTranslation("performance.cohort"));
        cohort.setItems(list);
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setId("performance-cohort");
        cohort.addValueChangeListener(e -> refreshTeam());
        figures.setId("performance-figures");
        targets.setId("performance-targets");
        teamColumns();
        historyColumns();
        form = new ReviewForm(reviews, today, saved -> {
            refreshTeam();
            showHistory();
        });
        ExportButtons export = new ExportButtons("performance-export", getTranslation("performance.export-file"),
                () -> TeamTable.of(this, cohort.getValue() == null ? "-" : cohort.getValue().name(),
                        cohort.getValue() == null ? new TeamReport(List.of(), null) : reviews.team(cohort.getValue().id())));
        historyTitle.setVisible(false);
        history.setVisible(false);
        add(new H2(getTranslation("nav.performance")), cohort, new H3(getTranslation("performance.team")), figures, targets, team, export,
                historyTitle, history, form);
        CohortSummary.inTraining(list, today).ifPresent(cohort::setValue);
    }

    private void teamColumns() {
        team.setId("performance-team");
        team.addColumn(TeamReport.Row::personName).setHeader(getTranslation("performance.col.person")).setAutoWidth(true);
        team.addColumn(r -> r.latest() == null ? getTranslation("performance.not-reviewed") : r.latest().periodLabel())
                .setHeader(getTranslation("performance.col.period")).setAutoWidth(true);
        team.addColumn(r -> r.latest() == null ? "" : Cells.score(this, r.latest().attitude())).setHeader(getTranslation("performance.col.attitude"));
        team.addColumn(r -> r.latest() == null ? "" : Cells.score(this, r.latest().efficiency())).setHeader(getTranslation("performance.col.efficiency"));
        team.addColumn(r -> r.latest() == null ? "" : Cells.score(this, r.latest().complaintHandling())).setHeader(getTranslation("performance.col.complaint"));
        team.addColumn(r -> r.latest() == null ? "" : Cells.satisfaction(this, r.latest())).setHeader(getTranslation("performance.col.satisfaction"));
        team.addColumn(r -> r.latest() == null ? "" : Cells.handled(this, r.latest())).setHeader(getTranslation("performance.col.handled"));
        team.addColumn(r -> r.latest() == null ? "" : Cells.response(this, r.latest())).setHeader(getTranslation("performance.col.response"));
        team.addColumn(r -> r.latest() == null ? "" : Cells.orBlank(r.latest().correctiveAction())).setHeader(getTranslation("performance.col.corrective"));
        team.setPartNameGenerator(r -> r.latest() != null && !(r.latest().satisfactionMet() && r.latest().handledMet()
                && r.latest().responseMet()) ? "missed" : null);
        team.setAllRowsVisible(true);
        team.addItemClickListener(e -> {
            person = e.getItem();
            showHistory();
            form.forPerson(person.personId(), person.personName(), today);
        });
    }

    private void historyColumns() {
        history.setId("performance-history");
        history.addColumn(ReviewEntry::periodLabel).setHeader(getTranslation("performance.col.period")).setAutoWidth(true);
        history.addColumn(ReviewEntry::reviewerName).setHeader(getTranslation("performance.col.reviewer")).setAutoWidth(true);
        history.addColumn(r -> r.attitude() + " / " + r.efficiency() + " / " + r.complaintHandling())
                .setHeader(getTranslation("performance.form.scores")).setAutoWidth(true);
        history.addColumn(r -> Cells.satisfaction(this, r)).setHeader(getTranslation("performance.col.satisfaction")).setAutoWidth(true);
        history.addColumn(r -> Cells.handled(this, r)).setHeader(getTranslation("performance.col.handled")).setAutoWidth(true);
        history.addColumn(r -> Cells.response(this, r)).setHeader(getTranslation("performance.col.response")).setAutoWidth(true);
        history.addColumn(r -> Cells.orBlank(r.reward())).setHeader(getTranslation("performance.col.reward")).setFlexGrow(1);
        history.addColumn(r -> r.correctiveAction() == null ? "" : r.correctiveAction() + "（" + r.correctiveDue() + "）")
                .setHeader(getTranslation("performance.col.corrective")).setFlexGrow(1);
        history.setAllRowsVisible(true);
        history.addItemClickListener(e -> form.edit(e.getItem()));
    }

    private void refreshTeam() {
        if (cohort.getValue() == null) {
            team.setItems(List.of());
            return;
        }
        TeamReport report = reviews.team(cohort.getValue().id());
        team.setItems(report.rows());
        TeamReport.Figures f = report.figures();
        figures.setText(getTranslation("performance.figures", report.rows().size(), f.reviewed(), Cells.average(f.attitude()),
                Cells.average(f.efficiency()), Cells.average(f.complaintHandling())));
        targets.setText(getTranslation("performance.figures-targets", Cells.average(f.satisfactionPct()), f.metSatisfaction(),
                Cells.average(f.complaintsHandledPct()), f.metHandled(), Cells.average(f.responseHours()), f.metResponse()));
    }

    private void showHistory() {
        if (person == null) {
            return;
        }
        historyTitle.setText(getTranslation("performance.history", person.personName()));
        history.setItems(reviews.historyOf(person.personId()));
        historyTitle.setVisible(true);
        history.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.performance") + " · " + getTranslation("app.name");
    }
}
