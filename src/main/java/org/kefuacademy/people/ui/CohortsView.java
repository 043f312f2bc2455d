package org.kefuacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
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
import java.time.Clock;
import java.time.LocalDate;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.HolidayService;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.Roles;

/** HR and administrators create cohorts (培训批次), assign trainees and trainers, and keep the holidays. */
@Route("cohorts")
@RolesAllowed({Roles.ADMIN, Roles.HR})
@Menu(title = "nav.cohorts", order = 50, icon = "vaadin:group")
class CohortsView extends VerticalLayout implements HasDynamicTitle {
    private final Grid<CohortSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final transient Clock clock;

    CohortsView(CohortService cohorts, AccountService accounts, HolidayService holidays, Clock clock) {
        this.clock = clock;
        addClassName("kefu-page");
        filter.setPlaceholder(getTranslation("cohorts.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("cohorts.new"), VaadinIcon.PLUS.create(),
                e -> new CohortDialog(cohorts, accounts, holidays, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-cohort");
        Button holidayButton = new Button(getTranslation("holiday.title"), VaadinIcon.CALENDAR.create(),
                e -> new HolidaysDialog(holidays, clock, this::refresh).open());
        holidayButton.setId("holidays");

        grid.addColumn(CohortSummary::name).setHeader(getTranslation("cohort.name")).setAutoWidth(true);
        grid.addColumn(CohortSummary::startDate).setHeader(getTranslation("cohort.start-date"));
        grid.addColumn(CohortSummary::traineeCount).setHeader(getTranslation("cohort.trainees"));
        grid.addColumn(CohortSummary::trainerCount).setHeader(getTranslation("cohort.trainers"));
        grid.addColumn(this::progress).setHeader(getTranslation("cohort.progress"));
        grid.addItemClickListener(e -> new CohortDialog(cohorts, accounts, holidays, e.getItem(), this::refresh).open());
        grid.setItems(query -> cohorts.search(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setId("cohorts-grid");

        Button importRoster = new Button(getTranslation("cohorts.import"), VaadinIcon.UPLOAD.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(RosterImportView.class)));
        importRoster.setId("roster-import");

        add(new H2(getTranslation("nav.cohorts")), new HorizontalLayout(filter, create, importRoster, holidayButton), grid);
        setSizeFull();
    }

    private String progress(CohortSummary c) {
        TrainingCalendar.Position p = c.calendar().positionOn(LocalDate.now(clock));
        return switch (p.phase()) {
            case NOT_STARTED -> getTranslation("cohort.phase.not-started", p.daysUntilStart());
            case IN_TRAINING -> getTranslation("cohort.phase.in-training", p.week(), p.day(), p.dayIndex());
            case FINISHED -> getTranslation("cohort.phase.finished");
        };
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cohorts") + " · " + getTranslation("app.name");
    }
}
