package org.kefuacademy.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.kefuacademy.mentoring.MentorPair;
import org.kefuacademy.mentoring.MentoringSessionService;
import org.kefuacademy.mentoring.SessionDraft;
import org.kefuacademy.mentoring.SessionEntry;
import org.kefuacademy.mentoring.domain.MentoringSession;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/** The mentor's form: log a new session with the chosen mentee, or correct an unconfirmed one. */
class SessionForm extends Div {
    private final transient MentoringSessionService sessions;
    private final transient Runnable afterSave;
    private final H3 title = new H3();
    private final DatePicker date = new DatePicker();
    private final TextField topic = new TextField();
    private final TextArea notes = new TextArea();
    private final TextArea next = new TextArea();
    private MentorPair mentee;
    private Long editing;

    SessionForm(MentoringSessionService sessions, LocalDate today, Runnable afterSave) {
        this.sessions = sessions;
        this.afterSave = afterSave;
        setId("session-form");
        addClassName("kefu-card");
        setWidthFull();
        date.setLabel(getTranslation("mentoring.form.date"));
        date.setMax(today);
        date.setId("session-date");
        topic.setLabel(getTranslation("mentoring.form.topic"));
        topic.setPlaceholder(getTranslation("mentoring.form.topic-placeholder"));
        topic.setMaxLength(MentoringSession.TOPIC_MAX);
        topic.setWidthFull();
        topic.setId("session-topic");
        notes.setLabel(getTranslation("mentoring.form.notes"));
        notes.setMaxLength(MentoringSession.NOTES_MAX);
        notes.setWidthFull();
        notes.setMinHeight("6em");
        notes.setId("session-notes");
        next.setLabel(getTranslation("mentoring.form.next"));
        next.setMaxLength(MentoringSession.NEXT_STEPS_MAX);
        next.setWidthFull();
        next.setId("session-next");
        Button save = new Button(getTranslation("mentoring.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("session-save");
        Button clear = new Button(getTranslation("mentoring.form.clear"), e -> startNew(today));
        clear.setId("session-new");
        add(title, date, topic, notes, next, new HorizontalLayout(save, clear));
        date.setValue(today);
        setVisible(false);
    }

    /** Shows the form for a new session with {@code pair}'s trainee. */
    void forMentee(MentorPair pair, LocalDate today) {
        this.mentee = pair;
        setVisible(pair != null);
        startNew(today);
    }

    /** Loads an unconfirmed session for correction. */
    void edit(SessionEntry s) {
        if (s.confirmed()) {
            return;
        }
        editing = s.id();
        title.setText(getTranslation("mentoring.form.edit", s.heldOn()));
        date.setValue(s.heldOn());
        topic.setValue(s.topic());
        notes.setValue(s.notes());
        next.setValue(s.nextSteps() == null ? "" : s.nextSteps());
    }

    private void startNew(LocalDate today) {
        editing = null;
        title.setText(getTranslation("mentoring.form.new"));
        date.setValue(today);
        topic.clear();
        notes.clear();
        next.clear();
    }

    private void save() {
        if (mentee == null) {
            Notices.refused(this, new UserFacingException("mentoring.pick-trainee"));
            return;
        }
        SessionDraft draft = new SessionDraft(date.getValue(), topic.getValue(), notes.getValue(), next.getValue());
        try {
            SessionEntry saved = editing == null ? sessions.log(mentee.traineeId(), draft) : sessions.edit(editing, draft);
            Notices.success(this, "mentoring.saved", saved.heldOn());
            startNew(date.getMax());
            afterSave.run();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }
}
