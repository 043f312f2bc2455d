package org.kefuacademy.roleplay.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.roleplay.RoleplayService;
import org.kefuacademy.roleplay.RunView;
import org.kefuacademy.roleplay.TranscriptEntry;
import org.kefuacademy.roleplay.domain.RoleplayStep;
import org.springframework.security.access.AccessDeniedException;

/**
 * The play screen: a chat whose look follows the channel, the simulated person's mood, and the
 * current prompt — options, or a reply box — with an optional countdown. Each answer goes to the
 * server at once; the screen is always redrawn from what the server stored.
 */
@Route("roleplay/run")
@RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.ADMIN})
class PlayView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final transient RoleplayService roleplay;
    private final Div chat = new Div();
    private final Div prompt = new Div();
    private final MoodMeter mood = new MoodMeter();
    private final Checkbox speak = new Checkbox();
    private long runId;
    private String title = "";
    private int spokenLines;

    PlayView(RoleplayService roleplay) {
        this.roleplay = roleplay;
        addClassName("kefu-page");
        addClassName("kefu-play");
        chat.addClassName("kefu-chat");
        chat.setId("chat");
        prompt.addClassName("kefu-prompt");
        prompt.setId("prompt");
        speak.setId("speak");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        runId = parameter;
        removeAll();
        RunView view;
        try {
            view = roleplay.view(runId);
        } catch (AccessDeniedException e) {
            add(new H2(getTranslation("roleplay.run-not-found")));
            return;
        }
        title = view.title();
        speak.setLabel(getTranslation("roleplay.speak"));
        Span channel = new Span(getTranslation(view.channel().labelKey()));
        channel.addClassName("kefu-channel-badge");
        Div header = new Div(new H2(view.title()), channel);
        header.addClassName("kefu-play-header");
        if (view.assessed()) {
            Span assessed = new Span(getTranslation("roleplay.assessed-run"));
            assessed.addClassName("kefu-assessed-badge");
            header.add(assessed);
        }
        Div briefing = new Div();
        briefing.addClassName("kefu-prose");
        briefing.getElement().setProperty("innerHTML", view.briefingHtml());
        if (!view.personaNote().isEmpty()) {
            briefing.addComponentAsFirst(new Paragraph(view.persona() + "：" + view.personaNote()));
        }
        Details details = new Details(getTranslation("roleplay.briefing"), briefing);
        details.setOpened(view.transcript().size() <= 2);
        chat.getElement().setAttribute("data-channel", view.channel().id());
        spokenLines = view.transcript().size();
        add(header, details, new Div(mood, speak), chat, prompt);
        show(view);
    }

    private void show(RunView view) {
        mood.show(view.mood());
        chat.removeAll();
        for (TranscriptEntry line : view.transcript()) {
            chat.add(bubble(line, view.persona()));
        }
        chat.getElement().executeJs("this.scrollTop = this.scrollHeight");
        speakNewLines(view);
        prompt.removeAll();
        stopTimer();
        if (view.finished()) {
            showEnding(view);
        } else if (view.prompt().isReply()) {
            showReply(view.prompt());
        } else {
            showOptions(view.prompt());
        }
    }

    private Div bubble(TranscriptEntry line, String persona) {
        Div bubble = new Div();
        bubble.addClassName("kefu-bubble");
        bubble.addClassName("kefu-bubble--" + line.speaker().name().toLowerCase());
        switch (line.speaker()) {
            case PERSONA -> {
                Span who = new Span(persona);
                who.addClassName("kefu-bubble-who");
                bubble.add(who, new Paragraph(line.text()));
            }
            case TRAINEE -> bubble.add(new Paragraph(line.text()));
            case NARRATION -> bubble.setText(line.text());
            case TIMEOUT -> bubble.setText(getTranslation("roleplay.timed-out"));
        }
        return bubble;
    }

    private void showOptions(RunView.Prompt p) {
        Paragraph ask = new Paragraph(getTranslation("roleplay.choose"));
        ask.addClassName("kefu-muted");
        prompt.add(ask);
        startTimer(p);
        for (RunView.Option option : p.options()) {
            Button b = new Button(option.text(), e -> answer(() -> roleplay.choose(runId, p.nodeId(), option.index())));
            b.setId("option-" + option.index());
            b.addClassName("kefu-option");
            b.setWidthFull();
            prompt.add(b);
        }
    }

    private void showReply(RunView.Prompt p) {
        Paragraph ask = new Paragraph(p.replyPrompt());
        ask.addClassName("kefu-reply-prompt");
        TextArea text = new TextArea();
        text.setId("reply-text");
        text.setWidthFull();
        text.setMaxLength(RoleplayStep.MAX_REPLY_LENGTH);
        text.setPlaceholder(getTranslation("roleplay.reply-placeholder"));
        Button send = new Button(getTranslation("roleplay.send"), e -> answer(() -> roleplay.reply(runId, p.nodeId(), text.getValue())));
        send.setId("reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prompt.add(ask);
        startTimer(p);
        prompt.add(text, send);
        text.focus();
    }

    private void showEnding(RunView view) {
        Paragraph end = new Paragraph(getTranslation("roleplay.ended", getTranslation(view.ending().labelKey())));
        end.setId("run-ended");
        end.addClassName("kefu-run-ended");
        Button debrief = new Button(getTranslation("roleplay.open-debrief"),
                e -> getUI().ifPresent(ui -> ui.navigate(DebriefView.class, runId)));
        debrief.setId("open-debrief");
        debrief.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prompt.add(end, debrief);
    }

    private void answer(Supplier<RunView> step) {
        try {
            show(step.get());
        } catch (UserFacingException e) {
            Notices.refused(this, e);
            show(roleplay.view(runId));
        }
    }

    private void startTimer(RunView.Prompt p) {
        if (p.timerSeconds() == null) {
            return;
        }
        Span countdown = new Span();
        countdown.setId("countdown");
        countdown.addClassName("kefu-countdown");
        prompt.add(countdown);
        // The browser counts down and reports; the server decides with its own clock whether time is up.
        countdown.getElement().executeJs("""
                const el = this, view = $0, node = $1, label = $3;
                let left = $2;
                const tick = () => {
                  el.textContent = label.replace('{0}', left);
                  if (left <= 0) { clearInterval(window.kefuTimer); view.$server.timeUp(node); return; }
                  left--;
                };
                clearInterval(window.kefuTimer);
                window.kefuTimer = setInterval(tick, 1000);
                tick();
                """, getElement(), p.nodeId(), p.secondsLeft(), getTranslation("roleplay.seconds-left", "{0}"));
    }

    private void stopTimer() {
        getElement().executeJs("clearInterval(window.kefuTimer)");
    }

    @ClientCallable
    private void timeUp(String nodeId) {
        answer(() -> roleplay.timeout(runId, nodeId));
    }

    /** Reads new lines of the simulated person aloud with the browser's own speech synthesis, if asked to. */
    private void speakNewLines(RunView view) {
        List<TranscriptEntry> lines = view.transcript();
        if (speak.getValue()) {
            for (TranscriptEntry line : lines.subList(Math.min(spokenLines, lines.size()), lines.size())) {
                if (line.speaker() == TranscriptEntry.Speaker.PERSONA) {
                    getElement().executeJs("""
                            if (!window.speechSynthesis) { return; }
                            const u = new SpeechSynthesisUtterance($0);
                            u.lang = $1;
                            const voice = speechSynthesis.getVoices().find(v => v.lang.replace('_', '-').startsWith($1));
                            if (voice) { u.voice = voice; }
                            speechSynthesis.speak(u);
                            """, line.text(), view.language());
                }
            }
        }
        spokenLines = lines.size();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
