package org.kefuacademy.mentoring;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.kefuacademy.mentoring.domain.MentorAssignment;
import org.kefuacademy.mentoring.domain.MentorAssignmentRepository;
import org.kefuacademy.mentoring.domain.MentoringSession;
import org.kefuacademy.mentoring.domain.MentoringSessionRepository;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring sessions: the current mentor logs and edits them for their own mentees, the trainee
 * confirms each one (after which it is fixed), and the trainee's cohort trainers, past and present
 * mentors, HR and administrators read them.
 */
@Service
@Transactional
public class MentoringSessionService {
    private final MentoringSessionRepository sessions;
    private final MentorAssignmentRepository assignments;
    private final CohortService cohorts;
    private final AccountNames names;
    private final CurrentUser currentUser;
    private final Clock clock;

    MentoringSessionService(MentoringSessionRepository sessions, MentorAssignmentRepository assignments, CohortService cohorts,
                            AccountNames names, CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.assignments = assignments;
        this.cohorts = cohorts;
        this.names = names;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in mentor logs a session with one of their current mentees. */
    @RolesAllowed(Roles.TRAINER)
    public SessionEntry log(long traineeId, SessionDraft draft) {
        MentorAssignment a = assignments.findCurrent(traineeId)
                .filter(x -> x.getMentorId() == currentUser.accountId())
                .orElseThrow(() -> new AccessDeniedException("not your mentee"));
        SessionDraft ok = SessionValidation.check(draft, a, today());
        MentoringSession s = sessions.save(new MentoringSession(a, ok.heldOn(), ok.topic(), ok.notes(), ok.nextSteps(), clock.instant()));
        return entries(List.of(s)).getFirst();
    }

    /** The mentor corrects a session they logged, while it is unconfirmed and the mentoring runs. */
    @RolesAllowed(Roles.TRAINER)
    public SessionEntry edit(long sessionId, SessionDraft draft) {
        MentoringSession s = sessions.findById(sessionId).filter(x -> x.getMentorId() == currentUser.accountId())
                .orElseThrow(() -> new AccessDeniedException("not your session"));
        if (s.getConfirmedAt() != null) {
            throw new UserFacingException("mentoring.confirmed-locked", s.getHeldOn());
        }
        MentorAssignment a = assignments.findById(s.getAssignmentId()).filter(MentorAssignment::isCurrent)
                .orElseThrow(() -> new UserFacingException("mentoring.ended"));
        SessionDraft ok = SessionValidation.check(draft, a, today());
        s.change(ok.heldOn(), ok.topic(), ok.notes(), ok.nextSteps(), clock.instant());
        return entries(List.of(s)).getFirst();
    }

    /** The signed-in trainee confirms a session held with them; confirming twice changes nothing. */
    @RolesAllowed(Roles.TRAINEE)
    public SessionEntry confirm(long sessionId) {
        MentoringSession s = sessions.findById(sessionId).filter(x -> x.getTraineeId() == currentUser.accountId())
                .orElseThrow(() -> new AccessDeniedException("not your session"));
        if (s.getConfirmedAt() == null) {
            s.confirm(clock.instant());
        }
        return entries(List.of(s)).getFirst();
    }

    /** The signed-in trainee's current mentor and every session logged with them. */
    @RolesAllowed(Roles.TRAINEE)
    @Transactional(readOnly = true)
    public MyMentoring mine() {
        long me = currentUser.accountId();
        var current = assignments.findCurrent(me);
        List<SessionEntry> mine = entries(sessions.findByTraineeIdOrderByHeldOnDescIdDesc(me));
        String mentor = current.map(a -> names.of(List.of(a.getMentorId())).get(a.getMentorId())).orElse(null);
        return new MyMentoring(mentor, current.map(MentorAssignment::getStartedOn).orElse(null), mine);
    }

    /** A trainee's sessions, newest first, for staff allowed to read them. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SessionEntry> sessionsOf(long traineeId) {
        requireReader(traineeId);
        return entries(sessions.findByTraineeIdOrderByHeldOnDescIdDesc(traineeId));
    }

    /** A trainee's assignments (current first) and sessions, for the person record. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public MentoringHistory historyOf(long traineeId) {
        requireReader(traineeId);
        List<MentoringSession> all = sessions.findByTraineeIdOrderByHeldOnDescIdDesc(traineeId);
        List<MentorAssignment> list = assignments.findByTraineeIdOrderByStartedOnDescIdDesc(traineeId).stream()
                .sorted(java.util.Comparator.comparing(MentorAssignment::isCurrent).reversed()).toList();
        var byId = names.of(list.stream().flatMap(a -> Stream.of(a.getTraineeId(), a.getMentorId())).toList());
        List<MentorPair> pairs = list.stream().map(a -> {
            var own = all.stream().filter(s -> s.getAssignmentId() == a.getId()).toList();
            return new MentorPair(a.getId(), traineeId, byId.getOrDefault(traineeId, "?"), a.getMentorId(),
                    byId.getOrDefault(a.getMentorId(), "?"), a.getStartedOn(), a.getEndedOn(), own.size(),
                    own.stream().filter(s -> s.getConfirmedAt() == null).count());
        }).toList();
        return new MentoringHistory(pairs, entries(all));
    }

    /** HR and administrators; trainers of one of the trainee's cohorts; anyone who mentors or mentored the trainee. */
    private void requireReader(long traineeId) {
        var me = currentUser.require();
        if (me.hasRole(Role.HR) || me.hasRole(Role.ADMIN) || cohorts.trains(me.accountId(), traineeId)
                || assignments.existsByTraineeIdAndMentorId(traineeId, me.accountId())) {
            return;
        }
        throw new AccessDeniedException("not a trainee of yours");
    }

    private List<SessionEntry> entries(List<MentoringSession> list) {
        var byId = names.of(list.stream().flatMap(s -> Stream.of(s.getTraineeId(), s.getMentorId())).toList());
        return list.stream().map(s -> new SessionEntry(s.getId(), s.getTraineeId(), byId.getOrDefault(s.getTraineeId(), "?"),
                s.getMentorId(), byId.getOrDefault(s.getMentorId(), "?"), s.getHeldOn(), s.getTopic(), s.getNotes(),
                s.getNextSteps(), s.getLoggedAt(), s.getConfirmedAt())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
