package org.kefuacademy.observation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kefuacademy.observation.Checklist;
import org.kefuacademy.observation.ObservationService;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/**
 * 观察评分, made for a tablet: pick the cohort, the trainee and the checklist, then tap a score for
 * every item (large buttons, 0 to its maximum), add comments, save. A running total shows as you go.
 */
@Route("observations")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
@Menu(title = "nav.observations", order = 56, icon = "vaadin:clipboard-user")
class ObservationView extends VerticalLayout implements HasDynamicTitle {
    private final transient ObservationService observations;
    private final transient CohortService cohorts;
    private final Select<AccountSummary> trainee = new Select<>();
    private final Select<Checklist> checklist = new Select<>();
    private final Div form = new Div();
    private final Span total = new Span();
    private final Map<Integer, RadioButtonGroup<Integer>> scores = new HashMap<>();
    private final Map<Integer, TextField> notes = new HashMap<>();
    private final TextArea comment = new TextArea();

    ObservationView(ObservationService observations, CohortService cohorts, AccessScope scope) {
        this.observations = observations;
        this.cohorts = cohorts;
        addClassName("kefu-page");
        addClassName("kefu-observation");
        Select<CohortSummary> cohort = new Select<>();
        cohort.setLabel(getTranslation("heatmap.cohort"));
        cohort.setItems(scope.readableCohorts()); // a trainer observes only the trainees of cohorts they train
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setId("observation-cohort");
        cohort.addValueChangeListener(e -> trainee.setItems(e.getValue() == null ? List.of() : cohorts.trainees(e.getValue().id())));
        trainee.setLabel(getTranslation("heatmap.person"));
        trainee.setItemLabelGenerator(AccountSummary::displayName);
        trainee.setId("observation-trainee");
        checklist.setLabel(getTranslation("observation.checklist"));
        checklist.setItems(observations.checklists());
        checklist.setItemLabelGenerator(Checklist::title);
        checklist.setId("observation-checklist");
        checklist.addValueChangeListener(e -> showForm(e.getValue()));
        HorizontalLayout pickers = new HorizontalLayout(cohort, trainee, checklist);
        pickers.setWrap(true);
        form.setWidthFull();
        total.setId("observation-total");
        add(new H2(getTranslation("nav.observations")), pickers, form);
    }

    private void showForm(Checklist c) {
        form.removeAll();
        scores.clear();
        notes.clear();
        if (c == null) {
            return;
        }
        Paragraph intro = new Paragraph(c.introduction());
        intro.addClassName("kefu-muted");
        form.add(intro);
        for (Checklist.Section section : c.sections()) {
            form.add(new H3(section.title()));
            for (Checklist.Item item : section.items()) {
                form.add(itemRow(item));
            }
        }
        comment.setLabel(getTranslation("observation.overall-comment"));
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setId("observation-comment");
        Button save = new Button(getTranslation("action.save"), e -> save(c));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("observation-save");
        HorizontalLayout footer = new HorizontalLayout(total, save);
        footer.setAlignItems(FlexComponent.Alignment.CENTER);
        form.add(comment, footer);
        updateTotal(c);
    }

    private Div itemRow(Checklist.Item item) {
        Div row = new Div();
        row.addClassName("kefu-observation-item");
        row.setId("item-" + item.no());
        row.add(new Paragraph(item.no() + ". " + item.text() + "（" + getTranslation("observation.max", item.max()) + "）"));
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
        score.setItems(IntStream.rangeClosed(0, item.max()).boxed().toList());
        score.addClassName("kefu-score-buttons");
        score.setId("score-" + item.no());
        score.addValueChangeListener(e -> updateTotal(checklist.getValue()));
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("observation.item-comment"));
        note.setMaxLength(1000);
        note.setWidthFull();
        Span competences = new Span(item.competences().stream().map(c -> getTranslation(c.labelKey())).collect(Collectors.joining("、")));
        competences.addClassName("kefu-muted");
        scores.put(item.no(), score);
        notes.put(item.no(), note);
        row.add(score, note, competences);
        return row;
    }

    private void updateTotal(Checklist c) {
        if (c == null) {
            return;
        }
        int given = scores.values().stream().filter(s -> s.getValue() != null).mapToInt(RadioButtonGroup::getValue).sum();
        long scored = scores.values().stream().filter(s -> s.getValue() != null).count();
        total.setText(getTranslation("observation.total", given, c.maxPoints(), scored, c.items().size()));
    }

    private void save(Checklist c) {
        if (trainee.getValue() == null) {
            Notices.refused(this, new UserFacingException("observation.pick-trainee"));
            return;
        }
        Map<Integer, Integer> given = new HashMap<>();
        scores.forEach((no, s) -> {
            if (s.getValue() != null) {
                given.put(no, s.getValue());
            }
        });
        Map<Integer, String> itemNotes = new HashMap<>();
        notes.forEach((no, n) -> itemNotes.put(no, n.getValue()));
        try {
            observations.record(trainee.getValue().id(), c.id(), given, itemNotes, comment.getValue());
            Notices.success(this, "observation.saved", trainee.getValue().displayName(), c.title());
            checklist.clear();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.observations") + " · " + getTranslation("app.name");
    }
}
