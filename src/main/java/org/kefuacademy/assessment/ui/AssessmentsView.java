package org.kefuacademy.assessment.ui;

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
import org.kefuacademy.assessment.AssessmentOverview;
import org.kefuacademy.assessment.AssessmentOverview.Availability;
import org.kefuacademy.assessment.AttemptService;
import org.kefuacademy.assessment.AttemptSummary;
import org.kefuacademy.assessment.TraineeAssessments;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/** 我的测评: the month's assessments, when each opens, attempts left, best result; start or resume. */
@Route("assessments")
@RolesAllowed(Roles.TRAINEE)
@Menu(title = "nav.assessments", order = 15, icon = "vaadin:clipboard-check")
class AssessmentsView extends VerticalLayout implements HasDynamicTitle {
    private final transient AttemptService attempts;

    AssessmentsView(AttemptService attempts, TraineeAssessments trainee) {
        this.attempts = attempts;
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.assessments")));
        List<AttemptSummary> history = trainee.myAttempts();
        for (AssessmentOverview a : trainee.mine()) {
            add(card(a, history.stream().filter(h -> h.assessmentKey().equals(a.key()) && !h.inProgress()).toList()));
        }
    }

    private Div card(AssessmentOverview a, List<AttemptSummary> past) {
        Div card = new Div();
        card.addClassName("kefu-card");
        card.setId("assessment-" + a.key());
        card.setWidthFull();
        card.add(new H3(a.title()));
        Paragraph rules = new Paragraph(getTranslation("assessments.rules", a.questionCount(), a.timeLimitMinutes(),
                a.passMark(), a.attemptsUsed(), a.attemptsAllowed()));
        rules.addClassName("kefu-muted");
        card.add(rules);
        if (a.opensOn() != null) {
            card.add(new Paragraph(getTranslation("assessments.opens-on", a.opensOn())));
        }
        if (a.bestPercent() != null) {
            card.add(new Paragraph(getTranslation(a.passed() ? "assessments.best-passed" : "assessments.best", a.bestPercent())));
        }
        for (AttemptSummary h : past) {
            String outcome = h.graded() ? getTranslation(Boolean.TRUE.equals(h.passed()) ? "assessments.attempt-passed"
                    : "assessments.attempt-failed", h.percent()) : getTranslation("assessments.attempt-pending");
            RouterLink link = new RouterLink(getTranslation("assessments.attempt", h.attemptNo(), outcome), ResultView.class, h.id());
            link.addClassName("kefu-attempt-link");
            card.add(new Div(link));
        }
        Paragraph state = new Paragraph(getTranslation("assessments.state." + a.availability().name().toLowerCase()));
        state.addClassName("kefu-assessment-state");
        card.add(state);
        if (a.availability() == Availability.OPEN || a.availability() == Availability.IN_PROGRESS) {
            Button go = new Button(getTranslation(a.availability() == Availability.OPEN ? "assessments.start" : "assessments.resume"),
                    e -> start(a.key()));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.setId("start-" + a.key());
            card.add(go);
        }
        return card;
    }

    private void start(String key) {
        try {
            long id = attempts.start(key);
            getUI().ifPresent(ui -> ui.navigate(ExamView.class, id));
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assessments") + " · " + getTranslation("app.name");
    }
}
