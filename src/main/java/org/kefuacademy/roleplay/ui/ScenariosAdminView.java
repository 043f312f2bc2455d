package org.kefuacademy.roleplay.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.SyncReport;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.platform.ui.ProblemList;
import org.kefuacademy.roleplay.RoleplayContentSync;
import org.kefuacademy.roleplay.ScenarioAuthoring;
import org.kefuacademy.roleplay.ScenarioRow;

/**
 * 情景管理: every scenario with its validation status (files the last reload rejected, with file,
 * line and problem), reload, and — for trainers — edit, play-test and export.
 */
@Route("content/scenarios")
@RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
@Menu(title = "nav.scenarios", order = 63, icon = "vaadin:comments-o")
class ScenariosAdminView extends VerticalLayout implements HasDynamicTitle {
    private final transient ScenarioAuthoring authoring;
    private final transient RoleplayContentSync sync;
    private final Div report = new Div();
    private final Grid<ScenarioRow> grid = new Grid<>();
    private transient List<ContentProblem> problems;

    ScenariosAdminView(ScenarioAuthoring authoring, RoleplayContentSync sync, CurrentUser currentUser) {
        this.authoring = authoring;
        this.sync = sync;
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.scenarios")));
        var me = currentUser.require();
        boolean author = me.hasRole(Role.TRAINER) || me.hasRole(Role.ADMIN);
        if (author) {
            Button reload = new Button(getTranslation("modules.reload"), VaadinIcon.REFRESH.create(), e -> reload());
            reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reload.setId("scenarios-reload");
            Button create = new Button(getTranslation("scenarios.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ScenarioEditorView.class, ScenarioEditorView.NEW)));
            create.setId("scenarios-new");
            add(new HorizontalLayout(reload, create));
        }
        report.setId("scenarios-report");
        report.setWidthFull();
        add(report);
        showReport(sync.lastReports());
        grid.setId("scenarios-grid");
        grid.addColumn(r -> getTranslation("roleplay.week", r.week())).setHeader(getTranslation("modules.when")).setAutoWidth(true);
        grid.addColumn(ScenarioRow::title).setHeader(getTranslation("modules.title")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("roleplay.channel." + r.channel())).setHeader(getTranslation("scenarios.channel"))
                .setAutoWidth(true);
        grid.addColumn(ScenarioRow::decisions).setHeader(getTranslation("scenarios.decisions")).setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("modules.status")).setAutoWidth(true);
        if (author) {
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ScenarioEditorView.class, e.getItem().key())));
        }
        grid.setAllRowsVisible(true);
        grid.setItems(authoring.list());
        add(grid);
    }

    private String status(ScenarioRow r) {
        if (problems.stream().anyMatch(p -> p.file().equals("scenarios/" + r.key() + ".md"))) {
            return getTranslation("modules.file-broken");
        }
        if (!r.active()) {
            return getTranslation("modules.retired");
        }
        return getTranslation(r.editedInApp() ? "scenarios.edited-in-app" : "modules.active");
    }

    private void reload() {
        List<SyncReport> reports = sync.reload();
        showReport(reports);
        grid.setItems(authoring.list());
        SyncReport s = reports.getLast();
        Notices.success(this, "modules.reloaded", s.added().size(), s.changed().size(), s.retired().size(),
                reports.stream().mapToLong(SyncReport::rejectedFiles).sum());
    }

    private void showReport(List<SyncReport> reports) {
        report.removeAll();
        problems = reports.stream().flatMap(r -> r.problems().stream()).toList();
        if (!problems.isEmpty()) {
            H3 title = new H3(getTranslation("modules.problems", reports.stream().mapToLong(SyncReport::rejectedFiles).sum()));
            title.addClassName("kefu-badge-off");
            report.add(title, new ProblemList(problems));
        } else if (!reports.isEmpty()) {
            Paragraph ok = new Paragraph(getTranslation("scenarios.all-valid"));
            ok.addClassName("kefu-muted");
            report.add(ok);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.scenarios") + " · " + getTranslation("app.name");
    }
}
