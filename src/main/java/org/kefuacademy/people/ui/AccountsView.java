package org.kefuacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Roles;

/** Administrators create, edit, disable and re-enable accounts, assign roles and reset passwords. */
@Route("admin/accounts")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.accounts", order = 90, icon = "vaadin:users")
class AccountsView extends VerticalLayout implements HasDynamicTitle {
    private final transient AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("kefu-page");
        filter.setPlaceholder(getTranslation("accounts.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setId("account-filter");
        Button create = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(),
                e -> new AccountDialog(accounts, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-account");

        grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.display-name")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("account.roles"));
        grid.addColumn(AccountSummary::employeeNo).setHeader(getTranslation("account.employee-no"));
        grid.addComponentColumn(this::status).setHeader(getTranslation("account.status"));
        grid.addItemClickListener(e -> new AccountDialog(accounts, e.getItem(), this::refresh).open());
        grid.setItems(query -> accounts.search(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setId("accounts-grid");

        add(new H2(getTranslation("nav.accounts")), new HorizontalLayout(filter, create), grid);
        setSizeFull();
    }

    private Span status(AccountSummary a) {
        Span s = new Span(getTranslation(a.enabled() ? "account.enabled" : "account.disabled"));
        s.addClassName(a.enabled() ? "kefu-badge-ok" : "kefu-badge-off");
        return s;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts") + " · " + getTranslation("app.name");
    }
}
