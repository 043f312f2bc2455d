package org.kefuacademy.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kefuacademy.mentoring.MentorAssignmentService;
import org.kefuacademy.mentoring.MentorPair;
import org.kefuacademy.mentoring.MentoringSessionService;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.security.CurrentUser;

/**
 * 师带徒: a mentor sees their mentees and logs sessions with them (and corrects unconfirmed ones);
 * HR and administrators assign and reassign mentors and see every pair with its sessions.
 */
@Route("mentoring")
@RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
@Menu(title = "nav.mentoring", order = 53, icon = "vaadin:handshake")
class MentoringView extends VerticalLayout implements HasDynamicTitle {
    private final transient MentoringSessionService sessions;
    private final transient MentorAssignmentService assignments;
    private final LocalDate today;
    private final H3 sessionsTitle = new H3();
    private final SessionGrid sessionGrid = new SessionGrid();
    private final Div sessionArea = new Div();
    private final Button endPair = new Button();
    private final Grid<MentorPair> mentees = new Grid<>();
    private SessionForm form;
    private MentorPair shown;

    MentoringView(MentorAssignmentService assignments, MentoringSessionService sessions, AccountService accounts,
                  CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.assignments = assignments;
        this.today = LocalDate.now(clock);
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.mentoring")));
        var me = currentUser.require();
        if (me.hasRole(Role.TRAINER)) {
            add(menteePanel(assignments.myMentees()));
        }
        AssignmentPanel panel = null;
        if (me.hasRole(Role.HR) || me.hasRole(Role.ADMIN)) {
            panel = new AssignmentPanel(assignments, accounts, today, this::show);
            add(panel);
        }
        AssignmentPanel hrPanel = panel;
        endPair.setText(getTranslation("mentoring.end"));
        endPair.setId("pair-end");
        endPair.setVisible(false);
        endPair.addClickListener(e -> {
            hrPanel.end(shown, today);
            endPair.setVisible(false);
        });
        sessionArea.setWidthFull();
        sessionArea.setVisible(false);
        sessionArea.add(sessionsTitle, endPair, sessionGrid);
        add(sessionArea);
        if (form != null) {
            add(form);
        }
    }

    private Div menteePanel(List<MentorPair> mine) {
        Div box = new Div(new H3(getTranslation("mentoring.mentees.title")));
        box.setWidthFull();
        mentees.setId("mentoring-mentees");
        mentees.addColumn(MentorPair::traineeName).setHeader(getTranslation("mentoring.col.trainee")).setAutoWidth(true);
        mentees.addColumn(MentorPair::startedOn).setHeader(getTranslation("mentoring.col.started")).setAutoWidth(true);
        mentees.addColumn(MentorPair::sessions).setHeader(getTranslation("mentoring.col.sessions")).setAutoWidth(true);
        mentees.addColumn(MentorPair::unconfirmed).setHeader(getTranslation("mentoring.col.unconfirmed")).setAutoWidth(true);
        mentees.setItems(mine);
        mentees.setAllRowsVisible(true);
        mentees.addItemClickListener(e -> {
            show(e.getItem());
            form.forMentee(e.getItem(), today);
        });
        form = new SessionForm(sessions, today, this::refreshMentor);
        sessionGrid.addItemClickListener(e -> {
            if (shown != null && shown.mentorId() == e.getItem().mentorId()) {
                form.edit(e.getItem());
            }
        });
        box.add(mine.isEmpty() ? new Paragraph(getTranslation("mentoring.mentees.none")) : mentees);
        return box;
    }

    /** Shows the sessions of the pair's trainee; HR may end a current pair from here. */
    private void show(MentorPair pair) {
        shown = pair;
        sessionsTitle.setText(getTranslation("mentoring.sessions.title", pair.traineeName()));
        sessionGrid.show(sessions.sessionsOf(pair.traineeId()));
        sessionArea.setVisible(true);
        endPair.setVisible(pair.current() && getChildren().anyMatch(AssignmentPanel.class::isInstance));
    }

    private void refreshMentor() {
        if (shown != null) {
            sessionGrid.show(sessions.sessionsOf(shown.traineeId()));
        }
        mentees.setItems(assignments.myMentees());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mentoring") + " · " + getTranslation("app.name");
    }
}
