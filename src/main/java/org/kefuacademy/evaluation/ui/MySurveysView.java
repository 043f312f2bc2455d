package org.kefuacademy.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.kefuacademy.evaluation.SurveyService;
import org.kefuacademy.evaluation.SurveySlot;
import org.kefuacademy.platform.Roles;

/** 培训反馈: the trainee's weekly surveys and the final one, each with its state; a card opens the form. */
@Route("surveys")
@RolesAllowed(Roles.TRAINEE)
@Menu(title = "nav.surveys", order = 22, icon = "vaadin:smiley-o")
class MySurveysView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    MySurveysView(SurveyService surveys) {
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.surveys")));
        var slots = surveys.mine();
        if (slots.isEmpty()) {
            add(new Paragraph(getTranslation("survey.no-cohort")));
        }
        slots.forEach(s -> add(card(s)));
    }

    private Div card(SurveySlot s) {
        String id = SurveyFormView.parameter(s.week());
        Div card = new Div();
        card.addClassName("kefu-card");
        card.setWidthFull();
        card.setId("survey-" + id);
        Paragraph state = new Paragraph(getTranslation(s.state().labelKey(), s.opensOn(), s.editableUntil()));
        state.setId("survey-state-" + id);
        if (s.state() == SurveySlot.State.MISSED) {
            state.addClassName("kefu-badge-off");
        }
        card.add(new H3(SurveyFormView.weekLabel(this, s.week()) + " · " + s.title()), state);
        if (s.submittedAt() != null) {
            card.add(new Paragraph(getTranslation("survey.submitted-at", WHEN.format(s.submittedAt()))));
        }
        if (s.viewable()) {
            String label = s.state() == SurveySlot.State.OPEN ? "survey.fill" : s.editable() ? "survey.change" : "survey.view";
            Button open = new Button(getTranslation(label),
                    e -> getUI().ifPresent(ui -> ui.navigate(SurveyFormView.class, id)));
            if (s.state() == SurveySlot.State.OPEN) {
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            open.setId("survey-open-" + id);
            card.add(open);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.surveys") + " · " + getTranslation("app.name");
    }
}
