package org.kefuacademy.roleplay.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.ui.ExportButtons;
import org.kefuacademy.platform.tabular.ExportRows;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.roleplay.RunReviewService;
import org.kefuacademy.roleplay.RunSummary;

/** 演练记录: every finished run, newest first, paged lazily; a click opens its transcript for review. */
@Route("roleplay/runs")
@RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
@Menu(title = "nav.roleplay-runs", order = 57, icon = "vaadin:comments")
class RunReviewView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    RunReviewView(RunReviewService reviews) {
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.roleplay-runs")));
        Paragraph help = new Paragraph(getTranslation("roleplay.runs-help"));
        help.addClassName("kefu-muted");
        Grid<RunSummary> grid = new Grid<>();
        grid.setId("runs-grid");
        grid.addColumn(RunSummary::personName).setHeader(getTranslation("roleplay.col.person")).setAutoWidth(true);
        grid.addColumn(RunSummary::scenarioTitle).setHeader(getTranslation("roleplay.col.scenario")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.assessed() ? "roleplay.mode.assessed" : "roleplay.mode.practice"))
                .setHeader(getTranslation("roleplay.col.mode")).setAutoWidth(true);
        grid.addColumn(r -> WHEN.format(r.finishedAt())).setHeader(getTranslation("roleplay.col.finished")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("roleplay.ending." + r.endingKind())).setHeader(getTranslation("roleplay.col.ending"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.scorePercent() + "%").setHeader(getTranslation("roleplay.col.score")).setAutoWidth(true);
        grid.setItems(query -> reviews.finishedRuns(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, reviews.countFinishedRuns()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DebriefView.class, e.getItem().runId())));
        add(help, grid, new ExportButtons("runs-export", "roleplay-runs", () -> exportTable(ExportRows.all(reviews::finishedRuns))));
        setSizeFull();
    }

    /** Every finished run (not only the loaded page), as the grid shows it. */
    Table exportTable(java.util.List<RunSummary> runs) {
        return new Table(getTranslation("nav.roleplay-runs"), java.util.List.of(getTranslation("roleplay.col.person"),
                getTranslation("roleplay.col.scenario"), getTranslation("roleplay.col.mode"), getTranslation("roleplay.col.finished"),
                getTranslation("roleplay.col.ending"), getTranslation("roleplay.col.score")),
                runs.stream().<java.util.List<?>>map(r -> java.util.Arrays.asList(r.personName(), r.scenarioTitle(),
                        getTranslation(r.assessed() ? "roleplay.mode.assessed" : "roleplay.mode.practice"), r.finishedAt(),
                        getTranslation("roleplay.ending." + r.endingKind()), r.scorePercent())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.roleplay-runs") + " · " + getTranslation("app.name");
    }
}
