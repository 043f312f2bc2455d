package org.kefuacademy.mentoring;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.kefuacademy.mentoring.domain.MentorAssignment;
import org.kefuacademy.mentoring.domain.MentorAssignmentRepository;
import org.kefuacademy.mentoring.domain.PairRow;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who mentors whom: HR and administrators assign a trainer as a trainee's mentor from a start date;
 * assigning another mentor ends the current assignment on the new start date (history is kept), so a
 * trainee has at most one current mentor. Mentors list their own mentees.
 */
@Service
@Transactional
public class MentorAssignmentService {
    /** Audit action of an assignment or its end. */
    public static final String AUDIT_ASSIGN = "ASSIGN_MENTOR";
    private static final int MENTEES_LISTED = 200;

    private final MentorAssignmentRepository assignments;
    private final AccountService accounts;
    private final AccountNames names;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    MentorAssignmentService(MentorAssignmentRepository assignments, AccountService accounts, AccountNames names, AuditLog audit,
                            CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.accounts = accounts;
        this.names = names;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Makes {@code mentorId} the trainee's mentor from {@code startOn}, ending the current assignment if there is one. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public MentorPair assign(long traineeId, long mentorId, LocalDate startOn) {
        Fields.date(startOn, "mentoring.start-required");
        AccountSummary trainee = account(traineeId);
        AccountSummary mentor = account(mentorId);
        if (!trainee.hasRole(Role.TRAINEE)) {
            throw new UserFacingException("mentoring.not-a-trainee", trainee.displayName());
        }
        if (!mentor.hasRole(Role.TRAINER)) {
            throw new UserFacingException("mentoring.not-a-trainer", mentor.displayName());
        }
        var current = assignments.findCurrent(traineeId);
        if (current.isPresent()) {
            MentorAssignment previous = current.get();
            if (previous.getMentorId() == mentorId) {
                throw new UserFacingException("mentoring.already-mentor", mentor.displayName(), trainee.displayName());
            }
            if (startOn.isBefore(previous.getStartedOn())) {
                throw new UserFacingException("mentoring.start-before-previous", previous.getStartedOn());
            }
            previous.end(startOn);
            assignments.saveAndFlush(previous);
        }
        MentorAssignment a = assignments.save(new MentorAssignment(traineeId, mentorId, startOn, currentUser.accountId(), clock.instant()));
        audit.record(AUDIT_ASSIGN, traineeId, mentor.displayName() + " → " + trainee.displayName() + " " + startOn);
        return new MentorPair(a.getId(), traineeId, trainee.displayName(), mentorId, mentor.displayName(), startOn, null, 0, 0);
    }

    /** Ends the trainee's current mentoring on {@code endOn} (e.g. at graduation); the sessions stay. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void end(long traineeId, LocalDate endOn) {
        MentorAssignment a = assignments.findCurrent(traineeId).orElseThrow(() -> new UserFacingException("mentoring.no-mentor"));
        LocalDate on = endOn == null ? LocalDate.now(clock) : Fields.optionalDate(endOn);
        if (on.isBefore(a.getStartedOn())) {
            throw new UserFacingException("mentoring.end-before-start", on, a.getStartedOn());
        }
        a.end(on);
        audit.record(AUDIT_ASSIGN, traineeId, "end " + on);
    }

    /** Every assignment (current first, then newest) with session counts, paged, for HR and administrators. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<MentorPair> pairs(boolean currentOnly, int offset, int limit) {
        int size = Math.max(1, limit);
        return named(assignments.pairs(null, currentOnly, PageRequest.of(offset / size, size)));
    }

    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long countPairs(boolean currentOnly) {
        return assignments.countPairs(null, currentOnly);
    }

    /** The signed-in mentor's current mentees with their session counts. */
    @RolesAllowed(Roles.TRAINER)
    @Transactional(readOnly = true)
    public List<MentorPair> myMentees() {
        return named(assignments.pairs(currentUser.accountId(), true, PageRequest.of(0, MENTEES_LISTED)));
    }

    private List<MentorPair> named(List<PairRow> rows) {
        var byId = names.of(rows.stream().flatMap(r -> Stream.of(r.traineeId(), r.mentorId())).toList());
        return rows.stream().map(r -> new MentorPair(r.assignmentId(), r.traineeId(), byId.getOrDefault(r.traineeId(), "?"),
                r.mentorId(), byId.getOrDefault(r.mentorId(), "?"), r.startedOn(), r.endedOn(), r.sessions(), r.unconfirmed())).toList();
    }

    private AccountSummary account(long id) {
        return accounts.findAll(Set.of(id)).stream().findFirst().orElseThrow(() -> new UserFacingException("account.not-found", id));
    }
}
