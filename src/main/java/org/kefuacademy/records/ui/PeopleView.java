package org.kefuacademy.records.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.ui.ExportButtons;
import org.kefuacademy.platform.tabular.ExportRows;
import org.kefuacademy.platform.tabular.Table;
import org.springframework.data.domain.PageRequest;

/**
 * 人员档案: HR and administrators search every trainee (a lazy grid); a trainer sees the trainees of
 * their own cohorts. A row opens the person's record.
 */
@Route("records")
@RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
@Menu(title = "nav.records", order = 51, icon = "vaadin:folder-open-o")
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    PeopleView(AccountService accounts, CohortService cohorts, CurrentUser currentUser) {
        addClassName("kefu-page");
        Grid<AccountSummary> grid = new Grid<>();
        grid.setId("people-grid");
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("heatmap.person")).setAutoWidth(true);
        grid.addColumn(AccountSummary::employeeNo).setHeader(getTranslation("records.employee-no")).setAutoWidth(true);
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("records.username")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PersonRecordView.class, e.getItem().id())));
        var me = currentUser.require();
        add(new H2(getTranslation("nav.records")));
        if (me.hasRole(Role.HR) || me.hasRole(Role.ADMIN)) {
            TextField filter = new TextField();
            filter.setPlaceholder(getTranslation("records.search"));
            filter.setPrefixComponent(VaadinIcon.SEARCH.create());
            filter.setValueChangeMode(ValueChangeMode.LAZY);
            filter.setId("people-filter");
            grid.setItems(q -> accounts.searchByRole(Role.TRAINEE, filter.getValue(),
                    PageRequest.of(q.getOffset() / q.getLimit(), q.getLimit())).stream());
            filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            add(filter, grid, new ExportButtons("people-export", "people", () -> exportTable(ExportRows.all((offset, limit) ->
                    accounts.searchByRole(Role.TRAINEE, filter.getValue(), PageRequest.of(offset / limit, limit))))));
        } else {
            // A trainer: the trainees of the cohorts they train, looked up by id in one query.
            List<AccountSummary> mine = myTrainees(accounts, cohorts);
            grid.setItems(mine);
            add(grid, new ExportButtons("people-export", "people", () -> exportTable(myTrainees(accounts, cohorts))));
        }
        setSizeFull();
    }

    private static List<AccountSummary> myTrainees(AccountService accounts, CohortService cohorts) {
        var ids = cohorts.traineeIdsOfMyCohorts();
        return ids.isEmpty() ? List.of() : accounts.findAll(ids).stream()
                .sorted(java.util.Comparator.comparing(AccountSummary::displayName)).toList();
    }

    Table exportTable(List<AccountSummary> people) {
        return new Table(getTranslation("nav.records"), List.of(getTranslation("heatmap.person"), getTranslation("records.employee-no"),
                getTranslation("records.username")), ExportRows.capped(people).stream()
                .<List<?>>map(p -> java.util.Arrays.asList(p.displayName(), p.employeeNo(), p.username())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.records") + " · " + getTranslation("app.name");
    }
}
