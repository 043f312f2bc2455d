package org.kefuacademy.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kefuacademy.mentoring.MentoringSessionService;
import org.kefuacademy.mentoring.MyMentoring;
import org.kefuacademy.mentoring.SessionEntry;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.ui.Notices;

/** 我的师傅: the trainee's mentor and the sessions the mentor logged, each with a button to confirm it. */
@Route("my-mentor")
@RolesAllowed(Roles.TRAINEE)
@Menu(title = "nav.my-mentor", order = 21, icon = "vaadin:user-star")
class MyMentorView extends VerticalLayout implements HasDynamicTitle {
    private final transient MentoringSessionService sessions;
    private final Div list = new Div();

    MyMentorView(MentoringSessionService sessions) {
        this.sessions = sessions;
        addClassName("kefu-page");
        list.setWidthFull();
        add(new H2(getTranslation("nav.my-mentor")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        MyMentoring mine = sessions.mine();
        Paragraph mentor = new Paragraph(mine.hasMentor() ? getTranslation("mentoring.mine.mentor", mine.mentorName(), mine.since())
                : getTranslation("mentoring.mine.none"));
        mentor.setId("my-mentor-name");
        list.add(mentor);
        if (!mine.sessions().isEmpty()) {
            Paragraph intro = new Paragraph(getTranslation("mentoring.mine.intro"));
            intro.addClassName("kefu-muted");
            list.add(intro);
        }
        mine.sessions().forEach(s -> list.add(card(s)));
    }

    private Div card(SessionEntry s) {
        Div card = new Div();
        card.addClassName("kefu-card");
        card.setWidthFull();
        card.setId("session-" + s.id());
        card.add(new H3(s.heldOn() + " · " + s.topic()));
        Span who = new Span(getTranslation("mentoring.mine.session", s.mentorName(), s.heldOn()));
        who.addClassName("kefu-muted");
        card.add(who, new Paragraph(s.notes()));
        if (s.nextSteps() != null) {
            card.add(new Paragraph(getTranslation("mentoring.mine.next", s.nextSteps())));
        }
        if (s.confirmed()) {
            Paragraph state = new Paragraph(getTranslation("mentoring.state.confirmed", SessionGrid.WHEN.format(s.confirmedAt())));
            state.setId("session-state-" + s.id());
            card.add(state);
        } else {
            Button confirm = new Button(getTranslation("mentoring.confirm"), e -> {
                sessions.confirm(s.id());
                Notices.success(this, "mentoring.confirmed-now", s.heldOn());
                refresh();
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("confirm-" + s.id());
            card.add(confirm);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-mentor") + " · " + getTranslation("app.name");
    }
}
