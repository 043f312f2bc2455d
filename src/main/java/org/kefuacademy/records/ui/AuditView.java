package org.kefuacademy.records.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.ui.ExportButtons;
import org.kefuacademy.platform.tabular.ExportRows;
import org.kefuacademy.platform.tabular.Table;

/** 审计日志 (administrators): who viewed or changed whose data, newest first, paged lazily, filtered by person. */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.audit", order = 95, icon = "vaadin:eye")
class AuditView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    AuditView(AuditLog audit) {
        addClassName("kefu-page");
        IntegerField subject = new IntegerField(getTranslation("audit.subject"));
        subject.setId("audit-subject");
        Grid<AuditLog.Line> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(l -> WHEN.format(l.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditLog.Line::actorId).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("audit.action." + l.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditLog.Line::subjectAccountId).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditLog.Line::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        grid.setItems(q -> audit.search(value(subject), null, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, audit.count(value(subject), null)));
        subject.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("nav.audit")), subject, grid, new ExportButtons("audit-export", "audit-log",
                () -> exportTable(ExportRows.all((offset, limit) -> audit.search(value(subject), null, offset, limit)))));
        setSizeFull();
    }

    private static Long value(IntegerField f) {
        return f.getValue() == null ? null : f.getValue().longValue();
    }

    /** Every line the filter selects (page by page), as the grid shows it. */
    Table exportTable(java.util.List<AuditLog.Line> lines) {
        return new Table(getTranslation("nav.audit"), java.util.List.of(getTranslation("audit.at"), getTranslation("audit.actor"),
                getTranslation("audit.action"), getTranslation("audit.subject"), getTranslation("audit.detail")),
                lines.stream().<java.util.List<?>>map(l -> java.util.Arrays.asList(WHEN.format(l.at()), l.actorId(),
                        getTranslation("audit.action." + l.action()), l.subjectAccountId(), l.detail())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.name");
    }
}
