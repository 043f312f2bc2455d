package org.kefuacademy.performance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.kefuacademy.performance.PerformanceReviewService;
import org.kefuacademy.performance.PeriodKind;
import org.kefuacademy.performance.QualityTargets;
import org.kefuacademy.performance.ReviewDraft;
import org.kefuacademy.performance.ReviewEntry;
import org.kefuacademy.performance.domain.PerformanceReview;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/** Writes a review of the chosen person, or changes one picked from their history. The service checks every field. */
class ReviewForm extends Div {
    private final transient PerformanceReviewService reviews;
    private final transient Consumer<ReviewEntry> afterSave;
    private final H3 title = new H3();
    private final Select<PeriodKind> kind = new Select<>();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final Select<Integer> attitude = score("performance.col.attitude", "review-attitude");
    private final Select<Integer> efficiency = score("performance.col.efficiency", "review-efficiency");
    private final Select<Integer> complaint = score("performance.col.complaint", "review-complaint");
    private final BigDecimalField satisfaction = number("performance.form.satisfaction", "review-satisfaction");
    private final BigDecimalField handled = number("performance.form.handled", "review-handled");
    private final BigDecimalField hours = number("performance.form.hours", "review-hours");
    private final TextArea comments = new TextArea();
    private final TextField reward = new TextField();
    private final TextField corrective = new TextField();
    private final DatePicker due = new DatePicker();
    private Long personId;
    private String personName;
    private Long editing;

    ReviewForm(PerformanceReviewService reviews, LocalDate today, Consumer<ReviewEntry> afterSave) {
        this.reviews = reviews;
        this.afterSave = afterSave;
        setId("review-form");
        addClassName("kefu-card");
        setWidthFull();
        kind.setLabel(getTranslation("performance.form.kind"));
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("performance.kind." + k.name()));
        kind.setId("review-kind");
        kind.addValueChangeListener(e -> end.setVisible(e.getValue() == PeriodKind.CUSTOM));
        start.setLabel(getTranslation("performance.form.start"));
        start.setId("review-start");
        end.setLabel(getTranslation("performance.form.end"));
        end.setId("review-end");
        satisfaction.setHelperText(getTranslation("performance.target.satisfaction", Cells.plain(QualityTargets.SATISFACTION_MIN_PCT)));
        handled.setHelperText(getTranslation("performance.target.handled", Cells.plain(QualityTargets.HANDLED_MIN_PCT)));
        hours.setHelperText(getTranslation("performance.target.hours", Cells.plain(QualityTargets.RESPONSE_MAX_HOURS)));
        text(comments, "performance.form.comments", "review-comments", PerformanceReview.COMMENTS_MAX);
        text(reward, "performance.form.reward", "review-reward", PerformanceReview.REWARD_MAX);
        reward.setPlaceholder(getTranslation("performance.form.reward-placeholder"));
        text(corrective, "performance.form.corrective", "review-corrective", PerformanceReview.CORRECTIVE_MAX);
        corrective.setPlaceholder(getTranslation("performance.form.corrective-placeholder"));
        due.setLabel(getTranslation("performance.form.due"));
        due.setId("review-due");
        Button save = new Button(getTranslation("performance.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("review-save");
        Button clear = new Button(getTranslation("performance.form.clear"), e -> startNew(today));
        clear.setId("review-new");
        add(title, row(kind, start, end), new H4(getTranslation("performance.form.scores")), row(attitude, efficiency, complaint),
                new H4(getTranslation("performance.form.targets")), row(satisfaction, handled, hours), comments, row(reward, corrective, due),
                row(save, clear));
        setVisible(false);
        startNew(today);
    }

    void forPerson(long id, String name, LocalDate today) {
        personId = id;
        personName = name;
        setVisible(true);
        startNew(today);
    }

    void edit(ReviewEntry r) {
        editing = r.id();
        title.setText(getTranslation("performance.form.edit", r.personName(), r.periodLabel()));
        kind.setValue(r.periodKind());
        start.setValue(r.periodStart());
        end.setValue(r.periodEnd());
        attitude.setValue(r.attitude());
        efficiency.setValue(r.efficiency());
        complaint.setValue(r.complaintHandling());
        satisfaction.setValue(r.satisfactionPct());
        handled.setValue(r.complaintsHandledPct());
        hours.setValue(r.responseHours());
        comments.setValue(Cells.orBlank(r.comments()));
        reward.setValue(Cells.orBlank(r.reward()));
        corrective.setValue(Cells.orBlank(r.correctiveAction()));
        due.setValue(r.correctiveDue());
    }

    private void startNew(LocalDate today) {
        editing = null;
        title.setText(getTranslation("performance.form.new", personName == null ? "" : personName));
        kind.setValue(PeriodKind.MONTH);
        start.setValue(today);
        end.clear();
        List.of(attitude, efficiency, complaint).forEach(Select::clear);
        List.of(satisfaction, handled, hours).forEach(BigDecimalField::clear);
        comments.clear();
        reward.clear();
        corrective.clear();
        due.clear();
    }

    private void save() {
        if (personId == null) {
            Notices.refused(this, new UserFacingException("performance.pick-person"));
            return;
        }
        ReviewDraft draft = new ReviewDraft(personId, kind.getValue(), start.getValue(), end.getValue(), attitude.getValue(),
                efficiency.getValue(), complaint.getValue(), satisfaction.getValue(), handled.getValue(), hours.getValue(),
                comments.getValue(), reward.getValue(), corrective.getValue(), due.getValue());
        try {
            ReviewEntry saved = editing == null ? reviews.write(draft) : reviews.update(editing, draft);
            Notices.success(this, "performance.saved", saved.personName(), saved.periodLabel());
            edit(saved);
            afterSave.accept(saved);
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    private Select<Integer> score(String labelKey, String id) {
        Select<Integer> s = new Select<>();
        s.setLabel(getTranslation(labelKey));
        s.setItems(1, 2, 3, 4, 5);
        s.setItemLabelGenerator(v -> Cells.score(this, v));
        s.setId(id);
        return s;
    }

    private BigDecimalField number(String labelKey, String id) {
        BigDecimalField f = new BigDecimalField(getTranslation(labelKey));
        f.setId(id);
        return f;
    }

    private void text(TextArea a, String labelKey, String id, int max) {
        a.setLabel(getTranslation(labelKey));
        a.setMaxLength(max);
        a.setWidthFull();
        a.setId(id);
    }

    private void text(TextField f, String labelKey, String id, int max) {
        f.setLabel(getTranslation(labelKey));
        f.setMaxLength(max);
        f.setMinWidth("16em");
        f.setId(id);
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setWrap(true);
        row.setWidthFull();
        return row;
    }
}
