package org.kefuacademy.curriculum.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.curriculum.CurriculumSync;
import org.kefuacademy.curriculum.ModuleSummary;
import org.kefuacademy.curriculum.PageKind;
import org.kefuacademy.platform.content.SyncReport;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.platform.ui.ProblemList;

/**
 * 课程内容: every module and reference page with its status, the problems of the last load
 * (file, line, what is wrong), and — for trainers and administrators — "reload content".
 */
@Route("content/modules")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
@Menu(title = "nav.modules", order = 60, icon = "vaadin:file-text-o")
class ModulesAdminView extends VerticalLayout implements HasDynamicTitle {
    private final transient CurriculumService curriculum;
    private final transient CurriculumSync sync;
    private final Div report = new Div();
    private transient SyncReport lastReport;
    private final Grid<ModuleSummary> grid = new Grid<>();

    ModulesAdminView(CurriculumService curriculum, CurriculumSync sync, CurrentUser currentUser) {
        this.curriculum = curriculum;
        this.sync = sync;
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.modules")));
        var me = currentUser.require();
        if (me.hasRole(Role.TRAINER) || me.hasRole(Role.ADMIN)) {
            Button reload = new Button(getTranslation("modules.reload"), VaadinIcon.REFRESH.create(), e -> reload());
            reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reload.setId("modules-reload");
            add(reload);
        }
        report.setId("modules-report");
        report.setWidthFull();
        add(report);
        lastReport = sync.lastReport();
        showReport(lastReport);

        grid.addColumn(m -> m.kind() == PageKind.MODULE ? getTranslation("module.week-day", m.week(), m.day())
                : getTranslation("module.reference")).setHeader(getTranslation("modules.when")).setAutoWidth(true);
        grid.addColumn(ModuleSummary::title).setHeader(getTranslation("modules.title")).setFlexGrow(3);
        grid.addColumn(m -> m.competences().stream().map(c -> getTranslation(c.labelKey())).collect(Collectors.joining("、")))
                .setHeader(getTranslation("modules.competences")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("modules.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ModulePreviewView.class, e.getItem().key())));
        grid.setItems(curriculum.catalogue());
        grid.setId("modules-grid");
        grid.setAllRowsVisible(true);
        add(grid);
    }

    /** In use, retired, or in use with the last good version because its file now has problems. */
    private String status(ModuleSummary m) {
        boolean fileBroken = lastReport.problems().stream()
                .anyMatch(p -> p.file().equals(CurriculumSync.FOLDER_PATH + m.key() + ".md"));
        if (fileBroken) {
            return getTranslation("modules.file-broken");
        }
        return getTranslation(m.active() ? "modules.active" : "modules.retired");
    }

    private void reload() {
        SyncReport result = sync.reload();
        lastReport = result;
        showReport(result);
        grid.setItems(curriculum.catalogue());
        Notices.success(this, "modules.reloaded", result.added().size(), result.changed().size(), result.retired().size(),
                result.rejectedFiles());
    }

    private void showReport(SyncReport r) {
        report.removeAll();
        if (r.at().getEpochSecond() == 0) {
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("modules.report", r.added().size(), r.changed().size(),
                r.unchanged().size(), r.retired().size(), r.rejectedFiles(), r.origin()));
        summary.addClassName("kefu-muted");
        report.add(summary);
        if (!r.problems().isEmpty()) {
            H3 title = new H3(getTranslation("modules.problems", r.rejectedFiles()));
            title.addClassName("kefu-badge-off");
            report.add(title, new ProblemList(r.problems()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.modules") + " · " + getTranslation("app.name");
    }
}
