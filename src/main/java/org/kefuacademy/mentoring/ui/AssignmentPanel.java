package org.kefuacademy.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.kefuacademy.mentoring.MentorAssignmentService;
import org.kefuacademy.mentoring.MentorPair;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;
import org.springframework.data.domain.PageRequest;

/** HR and administrators: assign or reassign a trainee's mentor, and every pair with its session counts (paged lazily). */
class AssignmentPanel extends Div {
    private final transient MentorAssignmentService assignments;
    private final ComboBox<AccountSummary> trainee = new ComboBox<>();
    private final ComboBox<AccountSummary> mentor = new ComboBox<>();
    private final DatePicker start = new DatePicker();
    private final Checkbox currentOnly = new Checkbox();
    private final Grid<MentorPair> pairs = new Grid<>();

    AssignmentPanel(MentorAssignmentService assignments, AccountService accounts, LocalDate today, Consumer<MentorPair> onPick) {
        this.assignments = assignments;
        setWidthFull();
        picker(trainee, accounts, Role.TRAINEE, "mentoring.assign.trainee", "assign-trainee");
        picker(mentor, accounts, Role.TRAINER, "mentoring.assign.mentor", "assign-mentor");
        start.setLabel(getTranslation("mentoring.assign.start"));
        start.setValue(today);
        start.setId("assign-start");
        Button assign = new Button(getTranslation("mentoring.assign.save"), e -> assign());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("assign-save");
        HorizontalLayout form = new HorizontalLayout(trainee, mentor, start, assign);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph hint = new Paragraph(getTranslation("mentoring.assign.hint"));
        hint.addClassName("kefu-muted");
        currentOnly.setLabel(getTranslation("mentoring.pairs.current-only"));
        currentOnly.setId("pairs-current-only");
        currentOnly.addValueChangeListener(e -> pairs.getDataProvider().refreshAll());
        pairs.setId("mentoring-pairs");
        pairs.addColumn(MentorPair::traineeName).setHeader(getTranslation("mentoring.col.trainee")).setAutoWidth(true);
        pairs.addColumn(MentorPair::mentorName).setHeader(getTranslation("mentoring.col.mentor")).setAutoWidth(true);
        pairs.addColumn(MentorPair::startedOn).setHeader(getTranslation("mentoring.col.started")).setAutoWidth(true);
        pairs.addColumn(p -> p.current() ? getTranslation("mentoring.current") : p.endedOn().toString())
                .setHeader(getTranslation("mentoring.col.ended")).setAutoWidth(true);
        pairs.addColumn(MentorPair::sessions).setHeader(getTranslation("mentoring.col.sessions")).setAutoWidth(true);
        pairs.addColumn(MentorPair::unconfirmed).setHeader(getTranslation("mentoring.col.unconfirmed")).setAutoWidth(true);
        pairs.setItems(q -> assignments.pairs(currentOnly.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, assignments.countPairs(currentOnly.getValue())));
        pairs.addItemClickListener(e -> onPick.accept(e.getItem()));
        pairs.setHeight("22em");
        add(new H3(getTranslation("mentoring.assign.title")), form, hint, new H3(getTranslation("mentoring.pairs.title")), currentOnly, pairs);
    }

    /** Ends a pair's mentoring today, then refreshes the list. */
    void end(MentorPair pair, LocalDate today) {
        try {
            assignments.end(pair.traineeId(), today);
            Notices.success(this, "mentoring.ended-now", pair.traineeName());
            pairs.getDataProvider().refreshAll();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    private void assign() {
        if (trainee.getValue() == null) {
            Notices.refused(this, new UserFacingException("mentoring.pick-trainee"));
            return;
        }
        if (mentor.getValue() == null) {
            Notices.refused(this, new UserFacingException("mentoring.pick-mentor"));
            return;
        }
        try {
            MentorPair p = assignments.assign(trainee.getValue().id(), mentor.getValue().id(), start.getValue());
            Notices.success(this, "mentoring.assigned", p.mentorName(), p.traineeName());
            trainee.clear();
            pairs.getDataProvider().refreshAll();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    private static void picker(ComboBox<AccountSummary> box, AccountService accounts, Role role, String labelKey, String id) {
        box.setLabel(box.getTranslation(labelKey));
        box.setItemLabelGenerator(a -> a.employeeNo() == null ? a.displayName() : a.displayName() + "（" + a.employeeNo() + "）");
        box.setItems(q -> accounts.searchByRole(role, q.getFilter().orElse(""),
                PageRequest.of(q.getOffset() / Math.max(1, q.getLimit()), Math.max(1, q.getLimit()))).stream());
        box.setId(id);
    }
}
