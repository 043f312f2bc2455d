package org.kefuacademy.mentoring.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kefuacademy.mentoring.SessionEntry;

/** A trainee's sessions, newest first (a person has few; the list is small). */
class SessionGrid extends Grid<SessionEntry> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    SessionGrid() {
        setId("mentoring-sessions");
        addColumn(SessionEntry::heldOn).setHeader(getTranslation("mentoring.col.date")).setAutoWidth(true);
        addColumn(SessionEntry::mentorName).setHeader(getTranslation("mentoring.col.mentor")).setAutoWidth(true);
        addColumn(SessionEntry::topic).setHeader(getTranslation("mentoring.col.topic")).setAutoWidth(true);
        addColumn(SessionEntry::notes).setHeader(getTranslation("mentoring.form.notes")).setFlexGrow(2);
        addColumn(s -> s.nextSteps() == null ? "" : s.nextSteps()).setHeader(getTranslation("mentoring.form.next")).setFlexGrow(1);
        addColumn(s -> s.confirmed() ? getTranslation("mentoring.state.confirmed", WHEN.format(s.confirmedAt()))
                : getTranslation("mentoring.state.waiting")).setHeader(getTranslation("mentoring.col.state")).setAutoWidth(true);
        setPartNameGenerator(s -> s.confirmed() ? null : "unconfirmed");
        setAllRowsVisible(true);
        setWidthFull();
    }

    void show(List<SessionEntry> sessions) {
        setItems(sessions);
    }
}
