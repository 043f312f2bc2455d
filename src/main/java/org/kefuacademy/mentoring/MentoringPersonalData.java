package org.kefuacademy.mentoring;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kefuacademy.mentoring.domain.MentorAssignment;
import org.kefuacademy.mentoring.domain.MentorAssignmentRepository;
import org.kefuacademy.mentoring.domain.MentoringSession;
import org.kefuacademy.mentoring.domain.MentoringSessionRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's mentoring, as trainee or as mentor: assignments and sessions. Anonymising blanks what
 * was written in the sessions held with them (topic, notes, next steps) and keeps dates and confirmations.
 */
@Component
@Transactional
class MentoringPersonalData implements PersonalDataSource {
    static final String BLANK = "—";
    private final MentorAssignmentRepository assignments;
    private final MentoringSessionRepository sessions;

    MentoringPersonalData(MentorAssignmentRepository assignments, MentoringSessionRepository sessions) {
        this.assignments = assignments;
        this.sessions = sessions;
    }

    @Override
    public String section() {
        return "mentoring";
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Map<String, Object>> export(long accountId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        assignments.findByTraineeIdOrderByStartedOnDescIdDesc(accountId).forEach(a -> rows.add(assignment(a, "trainee")));
        assignments.findByMentorIdOrderByStartedOnDescIdDesc(accountId).forEach(a -> rows.add(assignment(a, "mentor")));
        sessions.findByTraineeIdOrderByHeldOnDescIdDesc(accountId).forEach(s -> rows.add(session(s, "trainee")));
        sessions.findByMentorIdOrderByHeldOnDescIdDesc(accountId).forEach(s -> rows.add(session(s, "mentor")));
        return rows;
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId) {
        sessions.findByTraineeIdOrderByHeldOnDescIdDesc(accountId).forEach(s -> s.blankText(BLANK));
    }

    private static Map<String, Object> assignment(MentorAssignment a, String as) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", "assignment");
        row.put("as", as);
        row.put("id", a.getId());
        row.put("traineeId", a.getTraineeId());
        row.put("mentorId", a.getMentorId());
        row.put("startedOn", a.getStartedOn());
        row.put("endedOn", a.getEndedOn());
        return row;
    }

    private static Map<String, Object> session(MentoringSession s, String as) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", "session");
        row.put("as", as);
        row.put("id", s.getId());
        row.put("traineeId", s.getTraineeId());
        row.put("mentorId", s.getMentorId());
        row.put("heldOn", s.getHeldOn());
        row.put("topic", s.getTopic());
        row.put("notes", s.getNotes());
        row.put("nextSteps", s.getNextSteps());
        row.put("loggedAt", s.getLoggedAt());
        row.put("confirmedAt", s.getConfirmedAt());
        return row;
    }
}
