package org.kefuacademy.roleplay.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.roleplay.RoleplayService;
import org.kefuacademy.roleplay.RunSummary;
import org.kefuacademy.roleplay.ScenarioCard;

/** 情景演练: the scenarios by week with the trainee's record on each; practise, take an assessed run, resume; recent runs. */
@Route("roleplay")
@RolesAllowed(Roles.TRAINEE)
@Menu(title = "nav.roleplay", order = 17, icon = "vaadin:comments-o")
class RoleplayListView extends VerticalLayout implements HasDynamicTitle {
    private static final int RECENT_RUNS = 20;
    private final transient RoleplayService roleplay;

    RoleplayListView(RoleplayService roleplay) {
        this.roleplay = roleplay;
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.roleplay")));
        Paragraph intro = new Paragraph(getTranslation("roleplay.intro", RoleplayService.ASSESSED_RUNS_ALLOWED));
        intro.addClassName("kefu-muted");
        add(intro);
        int week = 0;
        for (ScenarioCard card : roleplay.scenarios()) {
            if (card.week() != week) {
                week = card.week();
                add(new H3(getTranslation("roleplay.week", week)));
            }
            add(card(card));
        }
        add(recent(roleplay.myRuns()));
    }

    private Div card(ScenarioCard s) {
        Div card = new Div();
        card.addClassName("kefu-card");
        card.setId("scenario-" + s.key());
        card.setWidthFull();
        Span channel = new Span(getTranslation(s.channel().labelKey()));
        channel.addClassName("kefu-channel-badge");
        card.add(new H3(s.title()), channel);
        card.add(new Paragraph(s.summary()));
        Paragraph facts = new Paragraph(getTranslation("roleplay.card-facts", s.decisions(),
                getTranslation("roleplay.difficulty." + s.difficulty()),
                s.competences().stream().map(c -> getTranslation(c.labelKey())).collect(Collectors.joining("、"))));
        facts.addClassName("kefu-muted");
        card.add(facts);
        if (s.myRuns() > 0) {
            card.add(new Paragraph(s.myBest() == null ? getTranslation("roleplay.my-runs", s.myRuns())
                    : getTranslation("roleplay.my-best", s.myRuns(), s.myBest())));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        Button practice = new Button(getTranslation(s.unfinishedRunId() != null ? "roleplay.resume" : "roleplay.practice"),
                e -> start(s.key(), false));
        practice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        practice.setId("practice-" + s.key());
        buttons.add(practice);
        if (s.assessed()) {
            Button assessed = new Button(getTranslation("roleplay.assessed", s.assessedRunsLeft()), e -> confirmAssessed(s));
            assessed.setId("assessed-" + s.key());
            assessed.setEnabled(s.assessedRunsLeft() > 0);
            buttons.add(assessed);
        }
        card.add(buttons);
        return card;
    }

    private void confirmAssessed(ScenarioCard s) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("roleplay.assessed-confirm-title"),
                getTranslation("roleplay.assessed-confirm", s.title(), s.assessedRunsLeft()),
                getTranslation("roleplay.assessed-start"), e -> start(s.key(), true));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void start(String key, boolean assessed) {
        try {
            long id = roleplay.start(key, assessed);
            getUI().ifPresent(ui -> ui.navigate(PlayView.class, id));
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    private Div recent(List<RunSummary> runs) {
        Div box = new Div();
        box.setId("my-runs");
        box.add(new H3(getTranslation("roleplay.my-history")));
        if (runs.isEmpty()) {
            box.add(new Paragraph(getTranslation("roleplay.no-runs")));
        }
        for (RunSummary r : runs.stream().limit(RECENT_RUNS).toList()) {
            String mode = getTranslation(r.assessed() ? "roleplay.mode.assessed" : "roleplay.mode.practice");
            String text = r.finishedAt() == null
                    ? getTranslation("roleplay.history-open", r.scenarioTitle(), mode)
                    : getTranslation("roleplay.history-done", r.scenarioTitle(), mode,
                    getTranslation("roleplay.ending." + r.endingKind()), r.scorePercent());
            RouterLink link = r.finishedAt() == null ? new RouterLink(text, PlayView.class, r.runId())
                    : new RouterLink(text, DebriefView.class, r.runId());
            box.add(new Div(link));
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.roleplay") + " · " + getTranslation("app.name");
    }
}
