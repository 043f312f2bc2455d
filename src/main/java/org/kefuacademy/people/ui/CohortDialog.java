package org.kefuacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.HolidayService;
import org.kefuacademy.people.domain.Cohort;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/**
 * Create or edit a cohort: its name, start date, trainees and trainers; the 16-day schedule follows the
 * start date and the holidays; an existing cohort also lists who left and offers transfers and withdrawals.
 */
class CohortDialog extends Dialog {
    private final transient CohortService cohorts;
    private final CohortSummary existing;
    private final transient Runnable onChange;

    final TextField name = new TextField();
    final DatePicker startDate = new DatePicker();
    final MultiSelectComboBox<AccountSummary> trainees = new MultiSelectComboBox<>();
    final MultiSelectComboBox<AccountSummary> trainers = new MultiSelectComboBox<>();
    final Checkbox needsModules = new Checkbox();

    final CohortSchedule schedule = new CohortSchedule();

    CohortDialog(CohortService cohorts, AccountService accounts, HolidayService holidays, CohortSummary existing, Runnable onChange) {
        this.cohorts = cohorts;
        this.existing = existing;
        this.onChange = onChange;
        setHeaderTitle(getTranslation(existing == null ? "cohorts.new" : "cohorts.edit"));
        setWidth("min(720px, 95vw)");
        name.setLabel(getTranslation("cohort.name"));
        name.setMaxLength(Cohort.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        startDate.setLabel(getTranslation("cohort.start-date"));
        startDate.setRequiredIndicatorVisible(true);
        startDate.setHelperText(getTranslation("cohort.start-date-help"));
        needsModules.setLabel(getTranslation("cohort.assessment-needs-modules"));
        needsModules.setId("cohort-needs-modules");
        picker(trainees, accounts, Role.TRAINEE, "cohort.trainees");
        picker(trainers, accounts, Role.TRAINER, "cohort.trainers");
        if (existing != null) {
            CohortDraft draft = cohorts.load(existing.id());
            name.setValue(draft.name());
            startDate.setValue(draft.startDate());
            trainees.setValue(Set.copyOf(accounts.findAll(draft.traineeIds())));
            trainers.setValue(Set.copyOf(accounts.findAll(draft.trainerIds())));
            needsModules.setValue(draft.assessmentNeedsModules());
        }
        FormLayout form = new FormLayout(name, startDate, trainees, trainers, needsModules);
        form.setColspan(trainees, 2);
        form.setColspan(trainers, 2);
        form.setColspan(needsModules, 2);
        add(form, schedule);
        // Every holiday (a small table), so the schedule follows whatever start date HR picks.
        List<HolidayService.Entry> off = holidays.from(LocalDate.EPOCH);
        startDate.addValueChangeListener(e -> schedule.show(e.getValue(), off));
        schedule.show(startDate.getValue(), off);
        if (existing != null) {
            add(new CohortMembersPanel(cohorts, existing, () -> {
                trainees.setValue(Set.copyOf(accounts.findAll(cohorts.load(existing.id()).traineeIds())));
                onChange.run();
            }));
        }
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("cohort-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void picker(MultiSelectComboBox<AccountSummary> box, AccountService accounts, Role role, String labelKey) {
        box.setLabel(getTranslation(labelKey));
        box.setItemLabelGenerator(a -> a.displayName() + "（" + a.username() + "）");
        box.setItems(query -> accounts.searchByRole(role, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        box.setWidthFull();
    }

    void save() {
        CohortDraft draft = new CohortDraft(name.getValue(), startDate.getValue(), ids(trainees), ids(trainers),
                needsModules.getValue());
        try {
            if (existing == null) {
                cohorts.create(draft);
            } else {
                cohorts.update(existing.id(), draft);
            }
            Notices.success(this, "notice.saved");
            onChange.run();
            close();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    private static Set<Long> ids(MultiSelectComboBox<AccountSummary> box) {
        return box.getValue().stream().map(AccountSummary::id).collect(Collectors.toSet());
    }
}
