package org.kefuacademy.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.kefuacademy.assessment.AttemptService;
import org.kefuacademy.assessment.ExamSheet;
import org.kefuacademy.assessment.Response;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/**
 * The exam page: countdown kept by the server's deadline, "answered x of N", a strip to jump to
 * any question (answered and flagged ones marked), flag for later, and a submit confirmation that
 * lists unanswered questions. Each answer is saved the moment it is given.
 */
@Route("exam")
@RolesAllowed(Roles.TRAINEE)
class ExamView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final List<Button> stripButtons = new ArrayList<>();
    private final transient AttemptService attempts;
    private final transient Clock clock;
    private final Div strip = new Div();
    private final Div panel = new Div();
    private final Span progress = new Span();
    private final Span savedNote = new Span();
    private final Button flag = new Button();
    private transient ExamSheet sheet;
    private long attemptId;
    private int current = 1;

    ExamView(AttemptService attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
        addClassName("kefu-page");
        addClassName("kefu-exam");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        attemptId = parameter;
        sheet = attempts.sheet(attemptId);
        if (!sheet.inProgress()) {
            event.forwardTo(ResultView.class, attemptId);
            return;
        }
        removeAll();
        H2 title = new H2(sheet.title());
        Span countdown = new Span();
        countdown.setId("exam-countdown");
        countdown.addClassName("kefu-countdown");
        getElement().executeJs("""
                const view = this, el = $2, end = $0, offset = $1 - Date.now();
                const tick = () => {
                  if (!el.isConnected) { return; }
                  const left = Math.max(0, Math.round((end - (Date.now() + offset)) / 1000));
                  el.textContent = String(Math.floor(left / 60)).padStart(2, '0') + ':' + String(left % 60).padStart(2, '0');
                  el.classList.toggle('kefu-countdown-low', left < 300);
                  if (left === 0) { view.$server.timeUp(); return; }
                  setTimeout(tick, 1000);
                };
                tick();
                """, sheet.deadline().toEpochMilli(), clock.millis(), countdown.getElement());
        progress.setId("exam-progress");
        savedNote.setId("exam-saved");
        savedNote.addClassName("kefu-muted");
        HorizontalLayout header = new HorizontalLayout(title, countdown);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        strip.addClassName("kefu-exam-strip");
        strip.setId("exam-strip");
        panel.setWidthFull();
        flag.setId("exam-flag");
        flag.addClickListener(e -> toggleFlag());
        Button previous = new Button(getTranslation("exam.previous"), VaadinIcon.ARROW_LEFT.create(), e -> show(current - 1));
        previous.setId("exam-previous");
        Button next = new Button(getTranslation("exam.next"), VaadinIcon.ARROW_RIGHT.create(), e -> show(current + 1));
        next.setIconAfterText(true);
        next.setId("exam-next");
        Button submit = new Button(getTranslation("exam.submit"), VaadinIcon.CHECK.create(), e -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("exam-submit");
        HorizontalLayout actions = new HorizontalLayout(previous, flag, next, submit);
        actions.addClassName("kefu-exam-actions");
        add(header, new HorizontalLayout(progress, savedNote), strip, panel, actions);
        show(firstUnanswered());
    }

    private int firstUnanswered() {
        return sheet.questions().stream().filter(q -> q.saved() == null).map(ExamSheet.ExamQuestion::position)
                .findFirst().orElse(1);
    }

    private void show(int position) {
        if (position < 1 || position > sheet.questions().size()) {
            return;
        }
        current = position;
        ExamSheet.ExamQuestion q = sheet.questions().get(position - 1);
        panel.removeAll();
        panel.add(new QuestionPanel(q, sheet.questions().size(), response -> save(q.position(), response)));
        flag.setText(getTranslation(q.flagged() ? "exam.unflag" : "exam.flag"));
        flag.setIcon(VaadinIcon.FLAG.create());
        refreshStrip();
    }

    private void save(int position, Response response) {
        try {
            attempts.save(attemptId, position, response);
            savedNote.setText(getTranslation("exam.saved", SAVED_AT.format(clock.instant().atZone(ZoneId.of("Asia/Shanghai")))));
            replace(position, response, null);
        } catch (UserFacingException e) {
            Notices.refused(this, e);
            getUI().ifPresent(ui -> ui.navigate(ResultView.class, attemptId));
        }
    }

    private void toggleFlag() {
        ExamSheet.ExamQuestion q = sheet.questions().get(current - 1);
        try {
            attempts.flag(attemptId, current, !q.flagged());
            replace(current, q.saved(), !q.flagged());
            flag.setText(getTranslation(!q.flagged() ? "exam.unflag" : "exam.flag"));
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    /** Keeps the page's copy of the sheet in step with what was saved. */
    private void replace(int position, Response saved, Boolean flagged) {
        List<ExamSheet.ExamQuestion> list = new ArrayList<>(sheet.questions());
        ExamSheet.ExamQuestion q = list.get(position - 1);
        list.set(position - 1, new ExamSheet.ExamQuestion(q.position(), q.type(), q.stemHtml(), q.points(), q.choices(),
                q.lefts(), saved, flagged == null ? q.flagged() : flagged));
        sheet = new ExamSheet(sheet.attemptId(), sheet.title(), sheet.deadline(), sheet.inProgress(), list);
        refreshStrip();
    }

    /**
     * The question strip: its buttons are made once per sheet and only their marks change afterwards,
     * so a save sends a few class changes to the browser instead of twenty new buttons (the load test's
     * profile showed the rebuild as the exam's largest server cost, docs/PERFORMANCE.md).
     */
    private void refreshStrip() {
        List<ExamSheet.ExamQuestion> questions = sheet.questions();
        if (stripButtons.size() != questions.size()) {
            strip.removeAll();
            stripButtons.clear();
            for (ExamSheet.ExamQuestion q : questions) {
                int position = q.position();
                Button b = new Button(String.valueOf(position), e -> show(position));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                b.addClassName("kefu-strip-item");
                stripButtons.add(b);
                strip.add(b);
            }
        }
        for (int i = 0; i < questions.size(); i++) {
            ExamSheet.ExamQuestion q = questions.get(i);
            Button b = stripButtons.get(i);
            b.setClassName("kefu-strip-answered", q.saved() != null);
            b.setClassName("kefu-strip-flagged", q.flagged());
            b.setClassName("kefu-strip-current", q.position() == current);
        }
        progress.setText(getTranslation("exam.answered", sheet.answered(), questions.size()));
    }

    private void confirmSubmit() {
        List<Integer> open = sheet.questions().stream().filter(q -> q.saved() == null)
                .map(ExamSheet.ExamQuestion::position).toList();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("exam.confirm-title"));
        dialog.setText(open.isEmpty() ? getTranslation("exam.confirm-all-answered")
                : getTranslation("exam.confirm-unanswered", open.size(),
                        String.join("、", open.stream().map(String::valueOf).toList())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("exam.keep-working"));
        dialog.setConfirmText(getTranslation("exam.submit"));
        dialog.addConfirmListener(e -> submit());
        dialog.setId("exam-confirm");
        dialog.open();
    }

    private void submit() {
        attempts.submit(attemptId);
        getUI().ifPresent(ui -> ui.navigate(ResultView.class, attemptId));
    }

    /** The countdown reached zero: hand in what was saved. */
    @com.vaadin.flow.component.ClientCallable
    void timeUp() {
        attempts.submit(attemptId);
        Notices.success(this, "attempt.time-up");
        UI.getCurrent().navigate(ResultView.class, attemptId);
    }

    @Override
    public String getPageTitle() {
        return (sheet == null ? "" : sheet.title()) + " · " + getTranslation("app.name");
    }
}
