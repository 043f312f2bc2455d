package org.kefuacademy.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.audit.AuditChain;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.tabular.ExportRows;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.platform.ui.ExportButtons;

/**
 * 审计日志 (administrators): who viewed or changed whose data, newest first, paged lazily, filtered by
 * person, actor and action; people are shown by name (resolved per page, not for the whole log).
 */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.audit", order = 95, icon = "vaadin:eye")
class AuditView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    /** A log line with the names of the people in it. */
    record Row(AuditLog.Line line, String actor, String subject) {
    }

    private final transient AuditLog audit;
    private final transient AccountService accounts;
    final IntegerField subject = new IntegerField(getTranslation("audit.subject"));
    final IntegerField actor = new IntegerField(getTranslation("audit.actor"));
    final ComboBox<String> action = new ComboBox<>(getTranslation("audit.action-filter"));
    final Grid<Row> grid = new Grid<>();

    final Button verifyChain = new Button(getTranslation("audit.chain.verify"));
    final Span chainResult = new Span();

    AuditView(AuditLog audit, AccountService accounts, AuditChain chain) {
        this.audit = audit;
        this.accounts = accounts;
        addClassName("kefu-page");
        subject.setId("audit-subject");
        actor.setId("audit-actor");
        action.setId("audit-action");
        action.setItems(audit.actions());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a));
        action.setClearButtonVisible(true);
        grid.setId("audit-grid");
        grid.addColumn(r -> WHEN.format(r.line().at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(Row::actor).setHeader(getTranslation("audit.actor-name")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.action." + r.line().action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(Row::subject).setHeader(getTranslation("audit.subject-name")).setAutoWidth(true);
        grid.addColumn(r -> r.line().detail()).setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        grid.setItems(q -> rows(audit.search(filter(), q.getOffset(), q.getLimit())).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter())));
        Stream.of(subject, actor).forEach(f -> f.addValueChangeListener(e -> grid.getDataProvider().refreshAll()));
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        verifyChain.setId("audit-verify-chain");
        chainResult.setId("audit-chain-result");
        verifyChain.addClickListener(e -> chainResult.setText(describe(chain.verify())));
        HorizontalLayout filters = new HorizontalLayout(subject, actor, action, verifyChain, chainResult);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("nav.audit")), filters, grid, new ExportButtons("audit-export", "audit-log",
                () -> exportTable(rows(ExportRows.all((offset, limit) -> audit.search(filter(), offset, limit))))));
        setSizeFull();
    }

    /** The verification's outcome in words: intact with the head hash, or the first line that does not fit. */
    String describe(AuditChain.Result result) {
        return result.intact()
                ? getTranslation("audit.chain.intact", String.valueOf(result.checked()), result.headHash().substring(0, 16))
                : getTranslation("audit.chain.broken", String.valueOf(result.brokenEntryId()), getTranslation("audit.chain.problem." + result.problem()));
    }

    AuditLog.Filter filter() {
        return new AuditLog.Filter(value(subject), value(actor), action.getValue());
    }

    private static Long value(IntegerField f) {
        return f.getValue() == null ? null : f.getValue().longValue();
    }

    /** Names for the people on these lines, looked up once for the page (id 0 is the system itself). */
    List<Row> rows(List<AuditLog.Line> lines) {
        Set<Long> ids = new HashSet<>();
        lines.forEach(l -> {
            ids.add(l.actorId());
            if (l.subjectAccountId() != null) {
                ids.add(l.subjectAccountId());
            }
        });
        ids.remove(0L);
        Map<Long, String> names = ids.isEmpty() ? Map.of() : accounts.findAll(ids).stream()
                .collect(Collectors.toMap(AccountSummary::id, a -> a.displayName() + "（" + a.id() + "）"));
        return lines.stream().map(l -> new Row(l, l.actorId() == 0 ? getTranslation("audit.system") : names.getOrDefault(l.actorId(), "#" + l.actorId()),
                l.subjectAccountId() == null ? "" : names.getOrDefault(l.subjectAccountId(), "#" + l.subjectAccountId()))).toList();
    }

    /** Every line the filter selects (page by page), as the grid shows it. */
    Table exportTable(List<Row> rows) {
        return new Table(getTranslation("nav.audit"), List.of(getTranslation("audit.at"), getTranslation("audit.actor-name"),
                getTranslation("audit.action"), getTranslation("audit.subject-name"), getTranslation("audit.detail")),
                rows.stream().<List<?>>map(r -> Arrays.asList(WHEN.format(r.line().at()), r.actor(),
                        getTranslation("audit.action." + r.line().action()), r.subject(), Objects.toString(r.line().detail(), ""))).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.name");
    }
}
