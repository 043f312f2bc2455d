package org.kefuacademy.people;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kefuacademy.people.domain.Account;
import org.kefuacademy.people.domain.AccountRepository;
import org.kefuacademy.people.domain.Cohort;
import org.kefuacademy.people.domain.CohortMember;
import org.kefuacademy.people.domain.CohortMember.MemberRole;
import org.kefuacademy.people.domain.CohortMemberRepository;
import org.kefuacademy.people.domain.CohortRepository;
import org.kefuacademy.people.domain.CohortRow;
import org.kefuacademy.people.domain.Holiday;
import org.kefuacademy.people.domain.HolidayRepository;
import org.kefuacademy.people.domain.TraineeCount;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts (培训批次): HR and administrators run them, move trainees between them or record a withdrawal;
 * members see their own. Lists and counts are of active members; those who left keep their row.
 */
@Service
@Transactional
public class CohortService {
    public static final String AUDIT_CREATE = "CREATE_COHORT";
    public static final String AUDIT_UPDATE = "UPDATE_COHORT";
    public static final String AUDIT_TRANSFER = "TRANSFER_TRAINEE";
    public static final String AUDIT_WITHDRAW = "WITHDRAW_TRAINEE";

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final AccountRepository accounts;
    private final HolidayRepository holidays;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CohortService(CohortRepository cohorts, CohortMemberRepository members, AccountRepository accounts, HolidayRepository holidays,
                  AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.cohorts = cohorts;
        this.members = members;
        this.accounts = accounts;
        this.holidays = holidays;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every cohort, for HR and administrators (a trainer picks from {@link #mine()}: only the cohorts they train). */
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Transactional(readOnly = true)
    public List<CohortSummary> search(String filter, Pageable page) {
        List<CohortRow> rows = cohorts.searchRows(AccountService.normalise(filter), page).getContent();
        LocalDate earliest = rows.stream().map(CohortRow::startDate).min(LocalDate::compareTo).orElse(LocalDate.now(clock));
        List<LocalDate> off = holidays.findByDateGreaterThanEqualOrderByDate(earliest).stream().map(Holiday::getDate).toList();
        return rows.stream().map(r -> new CohortSummary(r.id(), r.name(), r.startDate(), r.traineeCount(), r.trainerCount(),
                within(off, r.startDate()))).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Transactional(readOnly = true)
    public CohortDraft load(long id) {
        Cohort cohort = find(id);
        Map<MemberRole, Set<Long>> byRole = active(id).stream().collect(Collectors.groupingBy(
                CohortMember::getMemberRole, Collectors.mapping(CohortMember::getAccountId, Collectors.toSet())));
        return new CohortDraft(cohort.getName(), cohort.getStartDate(),
                byRole.getOrDefault(MemberRole.TRAINEE, Set.of()), byRole.getOrDefault(MemberRole.TRAINER, Set.of()),
                cohort.isAssessmentNeedsModules());
    }

    @RolesAllowed({Roles.ADMIN, Roles.HR})
    public long create(CohortDraft draft) {
        String name = validName(draft);
        if (cohorts.existsByNameIgnoreCase(name)) {
            throw new UserFacingException("cohort.name-taken", name);
        }
        Cohort cohort = new Cohort(name, draft.startDate(), clock.instant());
        cohort.change(name, draft.startDate(), draft.assessmentNeedsModules(), clock.instant());
        cohort = cohorts.save(cohort);
        replaceMembers(cohort.getId(), draft);
        audit.record(AUDIT_CREATE, null, describe(name, draft));
        return cohort.getId();
    }

    @RolesAllowed({Roles.ADMIN, Roles.HR})
    public void update(long id, CohortDraft draft) {
        Cohort cohort = find(id);
        String name = validName(draft);
        if (cohorts.existsByNameIgnoreCaseAndIdNot(name, id)) {
            throw new UserFacingException("cohort.name-taken", name);
        }
        cohort.change(name, draft.startDate(), draft.assessmentNeedsModules(), clock.instant());
        replaceMembers(id, draft);
        audit.record(AUDIT_UPDATE, null, describe(name, draft));
    }

    /**
     * Moves a trainee to another cohort (their records go with them; the new cohort's trainers take over).
     * The reason is required and kept on the old membership.
     */
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    public void transfer(long cohortId, long traineeId, long toCohortId, String reason) {
        String why = validReason(reason);
        if (cohortId == toCohortId) {
            throw new UserFacingException("cohort.transfer-same");
        }
        Cohort target = find(toCohortId);
        CohortMember from = activeTrainee(cohortId, traineeId);
        from.leave(CohortMember.Status.TRANSFERRED, LocalDate.now(clock), why);
        members.findByCohortIdAndAccountId(toCohortId, traineeId).ifPresentOrElse(m -> {
            if (m.getMemberRole() != MemberRole.TRAINEE) {
                throw new UserFacingException("cohort.both-roles", name(traineeId));
            }
            m.rejoin(clock.instant());
        }, () -> members.save(new CohortMember(toCohortId, traineeId, MemberRole.TRAINEE, clock.instant())));
        audit.record(AUDIT_TRANSFER, traineeId, find(cohortId).getName() + " → " + target.getName() + "：" + why);
    }

    /** Records that a trainee left the training (resigned, moved post...); their records stay. */
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    public void withdraw(long cohortId, long traineeId, String reason) {
        String why = validReason(reason);
        activeTrainee(cohortId, traineeId).leave(CohortMember.Status.WITHDRAWN, LocalDate.now(clock), why);
        audit.record(AUDIT_WITHDRAW, traineeId, find(cohortId).getName() + "：" + why);
    }

    /** Everyone who has been a trainee of the cohort, active first, with where and why the others left. */
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Transactional(readOnly = true)
    public List<Membership> traineeHistory(long cohortId) {
        Cohort cohort = find(cohortId);
        List<CohortMember> all = members.findByCohortId(cohortId).stream().filter(m -> m.getMemberRole() == MemberRole.TRAINEE).toList();
        Map<Long, String> names = names(all.stream().map(CohortMember::getAccountId).collect(Collectors.toSet()));
        return all.stream().map(m -> membership(m, cohort.getName(), names.get(m.getAccountId())))
                .sorted(java.util.Comparator.comparing((Membership m) -> !m.active()).thenComparing(Membership::displayName)).toList();
    }

    /** A person's places as a trainee, oldest first, including cohorts they were moved from or left. */
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(long accountId) {
        requireReader(accountId);
        String name = name(accountId);
        return members.findByAccountIdAndMemberRoleOrderByJoinedAt(accountId, MemberRole.TRAINEE).stream()
                .map(m -> membership(m, cohorts.findById(m.getCohortId()).map(Cohort::getName).orElse("?"), name)).toList();
    }

    /** Every cohort the person has been a trainee of, newest first, including those they were moved from or left. */
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public List<CohortSummary> allCohortsOf(long accountId) {
        requireReader(accountId);
        return members.findByAccountIdAndMemberRoleOrderByJoinedAt(accountId, MemberRole.TRAINEE).reversed().stream()
                .map(m -> cohorts.findById(m.getCohortId())).flatMap(java.util.Optional::stream).map(c -> summary(c, 0, 0)).toList();
    }

    /** The trainees of a cohort, by name, for staff views (profiles, heatmaps, certificates). */
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public List<AccountSummary> trainees(long cohortId) {
        find(cohortId);
        readable(cohortId); // a trainer only the trainees of a cohort they train
        Set<Long> ids = active(cohortId).stream().filter(m -> m.getMemberRole() == MemberRole.TRAINEE)
                .map(CohortMember::getAccountId).collect(Collectors.toSet());
        return accounts.findByIdIn(ids).stream().map(AccountService::summary)
                .sorted(java.util.Comparator.comparing(AccountSummary::displayName)).toList();
    }

    /**
     * Whether {@code trainerId} trains a cohort {@code traineeId} is in or withdrew from (trainers see only
     * their own trainees; after a transfer, the new cohort's trainers).
     */
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public boolean trains(long trainerId, long traineeId) {
        return members.trains(trainerId, traineeId);
    }

    /** The cohorts a person is an active trainee of, newest first (certificates name it). */
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public List<CohortSummary> cohortsOf(long accountId) {
        requireReader(accountId);
        return cohorts.findByMember(accountId).stream()
                .filter(c -> active(c.getId()).stream()
                        .anyMatch(m -> m.getAccountId() == accountId && m.getMemberRole() == MemberRole.TRAINEE))
                .map(c -> summary(c, 0, 0)).toList();
    }

    /**
     * The active trainees' ids of several cohorts at once (reports over many cohorts, one query):
     * HR and administrators any cohorts, a trainer only cohorts they train (AccessDeniedException otherwise).
     */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> traineeIdsByCohort(Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        var me = currentUser.require();
        List<CohortMember> all = members.findByCohortIdInAndStatus(Set.copyOf(cohortIds), CohortMember.Status.ACTIVE);
        if (!me.hasRole(Role.HR) && !me.hasRole(Role.ADMIN)) {
            Set<Long> trained = all.stream().filter(m -> m.getAccountId() == me.accountId() && m.getMemberRole() == MemberRole.TRAINER)
                    .map(CohortMember::getCohortId).collect(Collectors.toSet());
            if (!trained.containsAll(cohortIds)) {
                throw new AccessDeniedException("not your cohort");
            }
        }
        Map<Long, List<Long>> byCohort = new LinkedHashMap<>();
        cohortIds.forEach(id -> byCohort.put(id, new ArrayList<>()));
        all.stream().filter(m -> m.getMemberRole() == MemberRole.TRAINEE).forEach(m -> byCohort.get(m.getCohortId()).add(m.getAccountId()));
        byCohort.replaceAll((id, ids) -> List.copyOf(ids));
        return byCohort;
    }

    /**
     * A cohort the signed-in person may report on: HR and administrators any, a trainer only one they
     * train; anyone else is refused. Reports (dashboard, aggregates) check access through this.
     */
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public CohortSummary readable(long cohortId) {
        var me = currentUser.require();
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new AccessDeniedException("no such cohort"));
        List<CohortMember> all = active(cohortId);
        boolean trains = all.stream().anyMatch(m -> m.getAccountId() == me.accountId() && m.getMemberRole() == MemberRole.TRAINER);
        if (!me.hasRole(Role.HR) && !me.hasRole(Role.ADMIN) && !trains) {
            throw new AccessDeniedException("not your cohort");
        }
        long trainers = all.stream().filter(m -> m.getMemberRole() == MemberRole.TRAINER).count();
        return summary(cohort, all.size() - trainers, trainers);
    }

    /** The cohorts the signed-in person belongs to, newest first, as trainee or trainer. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<MyCohort> mine() {
        long me = currentUser.accountId();
        LocalDate today = LocalDate.now(clock);
        List<Cohort> list = cohorts.findByMember(me);
        if (list.isEmpty()) {
            return List.of();
        }
        // Trainers, trainee counts, trainers' names and holidays of all the person's cohorts in four selects
        // (a trainer may train many); trainees are counted, not loaded.
        List<Long> ids = list.stream().map(Cohort::getId).toList();
        Map<Long, Set<Long>> trainersByCohort = members.findByCohortIdInAndStatusAndMemberRole(ids, CohortMember.Status.ACTIVE,
                MemberRole.TRAINER).stream().collect(Collectors.groupingBy(CohortMember::getCohortId,
                Collectors.mapping(CohortMember::getAccountId, Collectors.toSet())));
        Map<Long, Long> traineesByCohort = members.countActiveTrainees(ids).stream()
                .collect(Collectors.toMap(TraineeCount::cohortId, TraineeCount::trainees));
        Set<Long> everyTrainer = trainersByCohort.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<Long, String> names = everyTrainer.isEmpty() ? Map.of() : accounts.findByIdIn(everyTrainer).stream()
                .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
        LocalDate first = list.stream().map(Cohort::getStartDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = list.stream().map(Cohort::getStartDate).max(LocalDate::compareTo).orElseThrow();
        List<LocalDate> off = holidays.findByDateBetweenOrderByDate(first, last.plusDays(TrainingCalendar.MAX_SPAN_DAYS)).stream()
                .map(Holiday::getDate).toList();
        return list.stream().map(c -> {
            Set<Long> trainerIds = trainersByCohort.getOrDefault(c.getId(), Set.of());
            List<String> trainerNames = trainerIds.stream().filter(names::containsKey).map(names::get).sorted().toList();
            long trainees = traineesByCohort.getOrDefault(c.getId(), 0L);
            CohortSummary summary = new CohortSummary(c.getId(), c.getName(), c.getStartDate(), trainees, trainerIds.size(),
                    within(off, c.getStartDate()));
            return new MyCohort(summary, summary.calendar().positionOn(today), trainerNames, trainerIds.contains(me),
                    c.isAssessmentNeedsModules());
        }).toList();
    }

    /**
     * Adds one trainee to a cohort without touching its other members (roster import, whose caller
     * checks roles), refusing, as {@link #update} does, a trainee who is in another cohort already.
     */
    void addTrainee(long cohortId, long accountId) {
        members.traineeMembershipsElsewhere(Set.of(accountId), cohortId).stream().findFirst().ifPresent(m -> {
            String other = cohorts.findById(m.getCohortId()).map(Cohort::getName).orElse("?");
            String name = accounts.findById(accountId).map(Account::getDisplayName).orElse("?");
            throw new UserFacingException("cohort.trainee-elsewhere", name, other);
        });
        members.save(new CohortMember(cohortId, accountId, MemberRole.TRAINEE, clock.instant()));
    }

    private void replaceMembers(long cohortId, CohortDraft draft) {
        Map<Long, Account> people = new HashMap<>();
        accounts.findByIdIn(union(draft.traineeIds(), draft.trainerIds())).forEach(a -> people.put(a.getId(), a));
        requireRole(draft.traineeIds(), people, Role.TRAINEE, "cohort.not-a-trainee");
        requireRole(draft.trainerIds(), people, Role.TRAINER, "cohort.not-a-trainer");
        Set<Long> both = draft.traineeIds().stream().filter(draft.trainerIds()::contains).collect(Collectors.toSet());
        if (!both.isEmpty()) {
            throw new UserFacingException("cohort.both-roles", people.get(both.iterator().next()).getDisplayName());
        }
        if (!draft.traineeIds().isEmpty()) {
            members.traineeMembershipsElsewhere(draft.traineeIds(), cohortId).stream().findFirst().ifPresent(m -> {
                String other = cohorts.findById(m.getCohortId()).map(Cohort::getName).orElse("?");
                throw new UserFacingException("cohort.trainee-elsewhere", people.get(m.getAccountId()).getDisplayName(), other);
            });
        }
        var now = clock.instant();
        Map<Long, CohortMember> existing = members.findByCohortId(cohortId).stream()
                .collect(Collectors.toMap(CohortMember::getAccountId, m -> m));
        // Taking an active member off the form corrects a mistake: the row goes. Those who left stay recorded.
        existing.values().stream().filter(m -> m.isActive() && !draft.traineeIds().contains(m.getAccountId())
                && !draft.trainerIds().contains(m.getAccountId())).forEach(members::delete);
        members.flush();
        draft.traineeIds().forEach(id -> join(existing.get(id), cohortId, id, MemberRole.TRAINEE, now));
        draft.trainerIds().forEach(id -> join(existing.get(id), cohortId, id, MemberRole.TRAINER, now));
    }

    private void join(CohortMember existing, long cohortId, long accountId, MemberRole role, java.time.Instant now) {
        if (existing == null) {
            members.save(new CohortMember(cohortId, accountId, role, now));
        } else if (existing.getMemberRole() != role) {
            members.delete(existing);
            members.flush();
            members.save(new CohortMember(cohortId, accountId, role, now));
        } else if (!existing.isActive()) {
            existing.rejoin(now);
        }
    }

    /** HR and administrators read anyone; a trainer only a trainee of a cohort they train (see {@link #trains}). */
    private void requireReader(long accountId) {
        var me = currentUser.require();
        if (!me.hasRole(Role.HR) && !me.hasRole(Role.ADMIN) && !members.trains(me.accountId(), accountId)) {
            throw new AccessDeniedException("not a trainee of your cohorts");
        }
    }

    private List<CohortMember> active(long cohortId) {
        return members.findByCohortIdAndStatus(cohortId, CohortMember.Status.ACTIVE);
    }

    private CohortMember activeTrainee(long cohortId, long traineeId) {
        return members.findByCohortIdAndAccountId(cohortId, traineeId)
                .filter(m -> m.isActive() && m.getMemberRole() == MemberRole.TRAINEE)
                .orElseThrow(() -> new UserFacingException("cohort.not-a-member", name(traineeId), find(cohortId).getName()));
    }

    private static String validReason(String reason) {
        return Fields.required(reason, CohortMember.REASON_MAX_LENGTH, "cohort.reason-required", "cohort.reason-required");
    }

    private String name(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName)
                .orElseThrow(() -> new UserFacingException("account.not-found", accountId));
    }

    private Map<Long, String> names(Set<Long> ids) {
        return accounts.findByIdIn(ids).stream().collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }

    private static Membership membership(CohortMember m, String cohortName, String displayName) {
        return new Membership(m.getCohortId(), cohortName, m.getAccountId(), displayName, m.getStatus().name(), m.getJoinedAt(),
                m.getLeftOn(), m.getLeaveReason());
    }

    private static String describe(String name, CohortDraft draft) {
        return name + "（" + draft.startDate() + "，学员 " + draft.traineeIds().size() + "，讲师 " + draft.trainerIds().size() + "）";
    }

    private CohortSummary summary(Cohort c, long trainees, long trainers) {
        List<LocalDate> off = holidays.findByDateBetweenOrderByDate(c.getStartDate(), c.getStartDate().plusDays(TrainingCalendar.MAX_SPAN_DAYS))
                .stream().map(Holiday::getDate).toList();
        return new CohortSummary(c.getId(), c.getName(), c.getStartDate(), trainees, trainers, off);
    }

    private static List<LocalDate> within(List<LocalDate> holidays, LocalDate start) {
        LocalDate end = start.plusDays(TrainingCalendar.MAX_SPAN_DAYS);
        return holidays.stream().filter(d -> !d.isBefore(start) && !d.isAfter(end)).toList();
    }

    private static void requireRole(Set<Long> ids, Map<Long, Account> people, Role role, String messageKey) {
        for (Long id : ids) {
            Account a = people.get(id);
            if (a == null) {
                throw new UserFacingException("account.not-found", id);
            }
            if (!a.hasRole(role)) {
                throw new UserFacingException(messageKey, a.getDisplayName());
            }
        }
    }

    private static String validName(CohortDraft draft) {
        String name = Fields.required(draft.name(), Cohort.NAME_MAX_LENGTH, "cohort.name-invalid", "cohort.name-invalid");
        Fields.date(draft.startDate(), "cohort.start-required");
        return name;
    }

    private Cohort find(long id) {
        return cohorts.findById(id).orElseThrow(() -> new UserFacingException("cohort.not-found", id));
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The trainees of every cohort the signed-in person trains, including those who withdrew (as
     * {@link #trains}): trainers' lists are filtered to these in the query.
     */
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public Set<Long> traineeIdsOfMyCohorts() {
        long me = currentUser.accountId();
        return cohorts.findByMember(me).stream().map(c -> members.findByCohortId(c.getId()))
                .filter(all -> all.stream().anyMatch(m -> m.getAccountId() == me && m.getMemberRole() == MemberRole.TRAINER))
                .flatMap(List::stream)
                .filter(m -> m.getMemberRole() == MemberRole.TRAINEE && m.getStatus() != CohortMember.Status.TRANSFERRED)
                .map(CohortMember::getAccountId).collect(Collectors.toUnmodifiableSet());
    }
}
