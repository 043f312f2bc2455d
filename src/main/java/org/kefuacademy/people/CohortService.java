package org.kefuacademy.people;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cohorts (培训批次): HR and administrators run them; members see their own. */
@Service
@Transactional
public class CohortService {
    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    CohortService(CohortRepository cohorts, CohortMemberRepository members, AccountRepository accounts,
                  CurrentUser currentUser, Clock clock) {
        this.cohorts = cohorts;
        this.members = members;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public List<CohortSummary> search(String filter, Pageable page) {
        return cohorts.searchRows(AccountService.normalise(filter), page).map(CohortService::summary).getContent();
    }

    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Transactional(readOnly = true)
    public CohortDraft load(long id) {
        Cohort cohort = find(id);
        Map<MemberRole, Set<Long>> byRole = members.findByCohortId(id).stream().collect(Collectors.groupingBy(
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
    }

    /** The trainees of a cohort, by name, for staff views (profiles, heatmaps, certificates). */
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public List<AccountSummary> trainees(long cohortId) {
        find(cohortId);
        Set<Long> ids = members.findByCohortId(cohortId).stream().filter(m -> m.getMemberRole() == MemberRole.TRAINEE)
                .map(CohortMember::getAccountId).collect(Collectors.toSet());
        return accounts.findByIdIn(ids).stream().map(AccountService::summary)
                .sorted(java.util.Comparator.comparing(AccountSummary::displayName)).toList();
    }

    /** Whether {@code trainerId} trains a cohort {@code traineeId} takes part in (trainers see only their own trainees). */
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public boolean trains(long trainerId, long traineeId) {
        return cohorts.findByMember(traineeId).stream().anyMatch(c -> members.findByCohortId(c.getId()).stream()
                .anyMatch(m -> m.getAccountId() == trainerId && m.getMemberRole() == MemberRole.TRAINER));
    }

    /** The cohorts a person took part in as a trainee, newest first (certificates name it). */
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public List<CohortSummary> cohortsOf(long accountId) {
        return cohorts.findByMember(accountId).stream()
                .filter(c -> members.findByCohortId(c.getId()).stream()
                        .anyMatch(m -> m.getAccountId() == accountId && m.getMemberRole() == MemberRole.TRAINEE))
                .map(c -> new CohortSummary(c.getId(), c.getName(), c.getStartDate(), 0, 0)).toList();
    }

    /**
     * A cohort the signed-in person may report on: HR and administrators any, a trainer only one they
     * train; anyone else is refused. Reports (dashboard, aggregates) check access through this.
     */
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public CohortSummary readable(long cohortId) {
        var me = currentUser.require();
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no such cohort"));
        List<CohortMember> all = members.findByCohortId(cohortId);
        boolean trains = all.stream().anyMatch(m -> m.getAccountId() == me.accountId() && m.getMemberRole() == MemberRole.TRAINER);
        if (!me.hasRole(Role.HR) && !me.hasRole(Role.ADMIN) && !trains) {
            throw new org.springframework.security.access.AccessDeniedException("not your cohort");
        }
        long trainers = all.stream().filter(m -> m.getMemberRole() == MemberRole.TRAINER).count();
        return new CohortSummary(cohort.getId(), cohort.getName(), cohort.getStartDate(), all.size() - trainers, trainers);
    }

    /** The cohorts the signed-in person belongs to, newest first, as trainee or trainer. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<MyCohort> mine() {
        long me = currentUser.accountId();
        LocalDate today = LocalDate.now(clock);
        return cohorts.findByMember(me).stream().map(c -> {
            List<CohortMember> all = members.findByCohortId(c.getId());
            Set<Long> trainerIds = all.stream().filter(m -> m.getMemberRole() == MemberRole.TRAINER)
                    .map(CohortMember::getAccountId).collect(Collectors.toSet());
            List<String> trainerNames = accounts.findByIdIn(trainerIds).stream()
                    .map(Account::getDisplayName).sorted().toList();
            long trainees = all.size() - trainerIds.size();
            CohortSummary summary = new CohortSummary(c.getId(), c.getName(), c.getStartDate(), trainees,
                    trainerIds.size());
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
        members.deleteByCohortId(cohortId);
        members.flush();
        var now = clock.instant();
        draft.traineeIds().forEach(id -> members.save(new CohortMember(cohortId, id, MemberRole.TRAINEE, now)));
        draft.trainerIds().forEach(id -> members.save(new CohortMember(cohortId, id, MemberRole.TRAINER, now)));
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
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty() || name.length() > Cohort.NAME_MAX_LENGTH) {
            throw new UserFacingException("cohort.name-invalid", Cohort.NAME_MAX_LENGTH);
        }
        if (draft.startDate() == null) {
            throw new UserFacingException("cohort.start-required");
        }
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

    private static CohortSummary summary(CohortRow row) {
        return new CohortSummary(row.id(), row.name(), row.startDate(), row.traineeCount(), row.trainerCount());
    }
}
