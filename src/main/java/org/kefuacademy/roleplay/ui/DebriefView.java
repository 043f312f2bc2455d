package org.kefuacademy.roleplay.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.security.KefuUser;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.roleplay.Debrief;
import org.kefuacademy.roleplay.RoleplayService;
import org.kefuacademy.roleplay.RunReviewService;
import org.kefuacademy.roleplay.TranscriptEntry;
import org.kefuacademy.roleplay.XapiExport;
import org.springframework.security.access.AccessDeniedException;

/**
 * 复盘: the outcome, scores per competence, every step with its feedback, effects, points and the
 * reply analysis's findings (each with its reason), the model answer, and "try again". Trainers
 * also comment on steps and override scores here.
 */
@Route("roleplay/debrief")
@RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
class DebriefView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final transient RunReviewService reviews;
    private final transient RoleplayService roleplay;
    private final transient XapiExport xapi;
    private final transient CurrentUser currentUser;
    private long runId;
    private String title = "";

    DebriefView(RunReviewService reviews, RoleplayService roleplay, XapiExport xapi, CurrentUser currentUser) {
        this.reviews = reviews;
        this.roleplay = roleplay;
        this.xapi = xapi;
        this.currentUser = currentUser;
        addClassName("kefu-page");
        addClassName("kefu-debrief");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        runId = parameter;
        refresh();
    }

    private void refresh() {
        removeAll();
        Debrief d;
        try {
            d = reviews.debrief(runId);
        } catch (AccessDeniedException e) {
            add(new H2(getTranslation("roleplay.run-not-found")));
            return;
        }
        title = getTranslation("roleplay.debrief-title", d.run().title());
        add(new H2(title));
        if (!d.personName().isEmpty() && d.accountId() != currentUser.accountId()) {
            add(new Paragraph(getTranslation("roleplay.debrief-person", d.personName())));
        }
        add(outcome(d), scores(d));
        if (d.modelAnswerHtml() != null) {
            add(new H3(getTranslation("roleplay.model-answer")));
            Div model = new Div();
            model.addClassName("kefu-prose");
            model.addClassName("kefu-model-answer");
            model.setId("model-answer");
            model.getElement().setProperty("innerHTML", d.modelAnswerHtml());
            add(model);
        }
        add(new H3(getTranslation("roleplay.steps")));
        boolean reviewer = canReview();
        Div opening = new Div();
        opening.addClassName("kefu-step");
        d.run().transcript().stream().takeWhile(l -> l.stepSeq() == null)
                .filter(l -> l.speaker() == TranscriptEntry.Speaker.PERSONA || l.speaker() == TranscriptEntry.Speaker.NARRATION)
                .forEach(l -> opening.add(new Paragraph(l.speaker() == TranscriptEntry.Speaker.PERSONA ? d.run().persona() + "：" + l.text() : l.text())));
        add(opening);
        for (Debrief.StepDetail step : d.steps()) {
            add(new StepCard(step, d.run().persona(), reviewer ? reviews : null, this::refresh));
        }
        add(actions(d));
    }

    private Div outcome(Debrief d) {
        Div box = new Div();
        box.addClassName("kefu-card");
        box.setId("debrief-outcome");
        if (d.ending() != null) {
            Span ending = new Span(getTranslation(d.ending().labelKey()));
            ending.addClassName("kefu-ending");
            ending.getElement().setAttribute("data-ending", d.ending().id());
            box.add(new Paragraph(getTranslation("roleplay.outcome")), ending);
            if (d.endingLine() != null && !d.endingLine().isEmpty()) {
                box.add(new Paragraph(d.run().persona() + "：" + d.endingLine()));
            }
        } else {
            box.add(new Paragraph(getTranslation("roleplay.unfinished")));
        }
        Paragraph total = new Paragraph(getTranslation("roleplay.total", d.scorePercent() == null ? "—" : d.scorePercent(),
                d.earnedTotal(), d.possibleTotal()));
        total.setId("debrief-total");
        box.add(total);
        return box;
    }

    private Div scores(Debrief d) {
        Div box = new Div();
        box.setId("debrief-scores");
        box.addClassName("kefu-scores");
        box.add(new H3(getTranslation("roleplay.scores")));
        for (Debrief.CompetenceScore s : d.scores()) {
            Div row = new Div();
            row.addClassName("kefu-score-row");
            row.getElement().setAttribute("data-competence", s.competence().id());
            ProgressBar bar = new ProgressBar(0, 100, s.percent());
            row.add(new Span(getTranslation(s.competence().labelKey())), bar,
                    new Span(getTranslation(s.earned() > s.possible() ? "roleplay.score-line-bonus" : "roleplay.score-line",
                            s.percent(), s.earned(), s.possible())));
            box.add(row);
        }
        return box;
    }

    private HorizontalLayout actions(Debrief d) {
        Button again = new Button(getTranslation("roleplay.try-again"), e -> {
            try {
                long id = roleplay.start(d.run().scenarioKey(), false);
                getUI().ifPresent(ui -> ui.navigate(PlayView.class, id));
            } catch (UserFacingException ex) {
                Notices.refused(this, ex);
            }
        });
        again.setId("try-again");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String account = d.accountId() == currentUser.accountId() ? currentUser.require().username() : "account-" + d.accountId();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(dl -> {
            byte[] bytes = xapi.statements(runId, account).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "roleplay-run-" + runId + ".xapi.json",
                    "application/json", bytes.length);
        }), getTranslation("roleplay.export-xapi"));
        export.setId("export-xapi");
        Button back = new Button(getTranslation("roleplay.back"), e -> getUI().ifPresent(ui -> {
            if (isTrainee()) {
                ui.navigate(RoleplayListView.class);
            } else {
                ui.navigate(RunReviewView.class);
            }
        }));
        HorizontalLayout actions = new HorizontalLayout(again, export, back);
        actions.setAlignItems(Alignment.CENTER);
        return actions;
    }

    private boolean canReview() {
        KefuUser me = currentUser.require();
        return me.hasRole(Role.TRAINER) || me.hasRole(Role.ADMIN);
    }

    private boolean isTrainee() {
        return currentUser.require().hasRole(Role.TRAINEE);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
