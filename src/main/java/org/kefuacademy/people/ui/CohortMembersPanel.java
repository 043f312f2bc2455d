package org.kefuacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.Membership;

/** A cohort's trainees, active and past, with 转批次 and 退出培训 for the active ones. */
class CohortMembersPanel extends Div {
    private final transient CohortService cohorts;
    private final CohortSummary cohort;
    private final transient Runnable onChange;
    final Grid<Membership> grid = new Grid<>();

    CohortMembersPanel(CohortService cohorts, CohortSummary cohort, Runnable onChange) {
        this.cohorts = cohorts;
        this.cohort = cohort;
        this.onChange = onChange;
        grid.setId("cohort-members");
        grid.addColumn(Membership::displayName).setHeader(getTranslation("account.display-name")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("membership.status." + m.status())).setHeader(getTranslation("membership.status"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.leftOn() == null ? "" : m.leftOn().toString()).setHeader(getTranslation("membership.left-on"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.reason() == null ? "" : m.reason()).setHeader(getTranslation("membership.reason")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H4(getTranslation("membership.title")), grid);
        refresh();
    }

    private HorizontalLayout actions(Membership m) {
        if (!m.active()) {
            return new HorizontalLayout();
        }
        Button transfer = new Button(getTranslation("membership.transfer"), e -> leave(m, true));
        transfer.setId("transfer-" + m.accountId());
        Button withdraw = new Button(getTranslation("membership.withdraw"), e -> leave(m, false));
        withdraw.setId("withdraw-" + m.accountId());
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        transfer.addThemeVariants(ButtonVariant.LUMO_SMALL);
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(transfer, withdraw);
    }

    private void leave(Membership m, boolean transfer) {
        new LeaveCohortDialog(cohorts, cohort, m, transfer, () -> {
            refresh();
            onChange.run();
        }).open();
    }

    private void refresh() {
        grid.setItems(cohorts.traineeHistory(cohort.id()));
    }
}
