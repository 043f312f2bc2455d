package org.kefuacademy.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.records.SummaryWeek;
import org.kefuacademy.records.WeeklySummaryService;
import org.kefuacademy.records.domain.WeeklySummary;

/** 每周小结: the trainee writes a summary for each week that has started and reads the trainer's comment. */
@Route("summaries")
@RolesAllowed(Roles.TRAINEE)
@Menu(title = "nav.summaries", order = 16, icon = "vaadin:notebook")
class MySummariesView extends VerticalLayout implements HasDynamicTitle {
    private final transient WeeklySummaryService summaries;

    MySummariesView(WeeklySummaryService summaries) {
        this.summaries = summaries;
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.summaries")));
        var weeks = summaries.mine();
        if (weeks.isEmpty()) {
            add(new Paragraph(getTranslation("summary.no-cohort")));
        }
        weeks.forEach(w -> add(card(w)));
    }

    private Div card(SummaryWeek w) {
        Div card = new Div();
        card.addClassName("kefu-card");
        card.setWidthFull();
        card.setId("summary-week-" + w.week());
        Paragraph state = new Paragraph(getTranslation("summary.state." + w.state().name().toLowerCase(), w.dueOn()));
        state.setId("summary-state-" + w.week());
        if (w.state() == SummaryWeek.State.OVERDUE) {
            state.addClassName("kefu-badge-off");
        }
        card.add(new H3(getTranslation("summary.week", w.week())), state);
        if (w.state() == SummaryWeek.State.NOT_DUE) {
            return card;
        }
        TextArea text = new TextArea();
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setMaxLength(WeeklySummary.MAX_LENGTH);
        text.setPlaceholder(getTranslation("summary.placeholder"));
        text.setValue(w.body() == null ? "" : w.body());
        text.setId("summary-text-" + w.week());
        Button save = new Button(getTranslation(w.body() == null ? "summary.submit" : "summary.update"), e -> {
            try {
                summaries.write(w.week(), text.getValue());
                Notices.success(this, "summary.saved", w.week());
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (UserFacingException ex) {
                Notices.refused(this, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("summary-save-" + w.week());
        card.add(text, save);
        if (w.comment() != null) {
            Paragraph comment = new Paragraph(getTranslation("summary.comment", w.comment()));
            comment.addClassName("kefu-review");
            comment.setId("summary-comment-" + w.week());
            card.add(comment);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.summaries") + " · " + getTranslation("app.name");
    }
}
