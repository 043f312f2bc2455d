package org.kefuacademy.performance;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.MyCohort;
import org.kefuacademy.performance.domain.PerformanceReview;
import org.kefuacademy.performance.domain.PerformanceReviewRepository;
import org.kefuacademy.performance.domain.TeamFiguresRow;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Performance reviews by a supervisor: HR and administrators review anyone, a trainer only the
 * trainees of cohorts they train. One review per person and period; history per person (newest
 * first) and per team (a cohort's latest reviews, with figures computed in the database).
 */
@Service
@Transactional
public class PerformanceReviewService {
    /** Audit action of a written or changed review. */
    public static final String AUDIT_REVIEW = "WRITE_REVIEW";

    private final PerformanceReviewRepository reviews;
    private final CohortService cohorts;
    private final AccountService accounts;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PerformanceReviewService(PerformanceReviewRepository reviews, CohortService cohorts, AccountService accounts, AuditLog audit,
                             CurrentUser currentUser, Clock clock) {
        this.reviews = reviews;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Writes a new review; refused (nothing stored) if a field is invalid or the person already has one for that period. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public ReviewEntry write(ReviewDraft draft) {
        String name = requireReviewer(draft.personId());
        ReviewDraft ok = ReviewValidation.check(draft, LocalDate.now(clock));
        if (reviews.existsByAccountIdAndPeriodStartAndPeriodEnd(ok.personId(), ok.periodStart(), ok.periodEnd())) {
            throw new UserFacingException("performance.duplicate", name, ok.periodKind().label(ok.periodStart(), ok.periodEnd()));
        }
        PerformanceReview r = new PerformanceReview(ok.personId(), currentUser.accountId(), clock.instant());
        apply(r, ok);
        reviews.save(r);
        audit.record(AUDIT_REVIEW, ok.personId(), ok.periodKind().label(ok.periodStart(), ok.periodEnd()));
        return entries(List.of(r)).getFirst();
    }

    /** Changes a review (the person stays); the same checks as writing one. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public ReviewEntry update(long reviewId, ReviewDraft draft) {
        PerformanceReview r = reviews.findById(reviewId).orElseThrow(() -> new AccessDeniedException("no such review"));
        String name = requireReviewer(r.getAccountId());
        ReviewDraft ok = ReviewValidation.check(draft, LocalDate.now(clock));
        if (reviews.existsByAccountIdAndPeriodStartAndPeriodEndAndIdNot(r.getAccountId(), ok.periodStart(), ok.periodEnd(), reviewId)) {
            throw new UserFacingException("performance.duplicate", name, ok.periodKind().label(ok.periodStart(), ok.periodEnd()));
        }
        apply(r, ok);
        audit.record(AUDIT_REVIEW, r.getAccountId(), ok.periodKind().label(ok.periodStart(), ok.periodEnd()));
        return entries(List.of(r)).getFirst();
    }

    /** A person's reviews, newest period first. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ReviewEntry> historyOf(long personId) {
        requireSupervisor(personId);
        return entries(reviews.findByAccountIdOrderByPeriodEndDescIdDesc(personId));
    }

    /** A cohort's trainees with their latest reviews and the figures over them; a trainer only for cohorts they train. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public TeamReport team(long cohortId) {
        requireCohort(cohortId);
        List<AccountSummary> trainees = cohorts.trainees(cohortId);
        if (trainees.isEmpty()) {
            return new TeamReport(List.of(), new TeamReport.Figures(0, null, null, null, null, null, null, 0, 0, 0));
        }
        List<Long> ids = trainees.stream().map(AccountSummary::id).toList();
        Map<Long, ReviewEntry> latest = entries(reviews.latestOf(ids)).stream()
                .collect(Collectors.toMap(ReviewEntry::personId, Function.identity()));
        TeamFiguresRow f = reviews.figuresOfLatest(ids, QualityTargets.SATISFACTION_MIN_PCT, QualityTargets.HANDLED_MIN_PCT,
                QualityTargets.RESPONSE_MAX_HOURS);
        var rows = trainees.stream().map(t -> new TeamReport.Row(t.id(), t.displayName(), latest.get(t.id()))).toList();
        return new TeamReport(rows, new TeamReport.Figures(zero(f.reviews()), f.attitude(), f.efficiency(), f.complaint(),
                f.satisfaction(), f.handled(), f.responseHours(), zero(f.metSatisfaction()), zero(f.metHandled()), zero(f.metResponse())));
    }

    /** The person's name, if the signed-in supervisor may review them (never themselves). */
    private String requireReviewer(long personId) {
        if (currentUser.accountId() == personId) {
            throw new UserFacingException("performance.self");
        }
        return requireSupervisor(personId);
    }

    /** The person's name, if the signed-in person supervises them: HR and administrators anyone, a trainer their cohorts' trainees. */
    private String requireSupervisor(long personId) {
        var me = currentUser.require();
        if (!me.hasRole(Role.HR) && !me.hasRole(Role.ADMIN) && !cohorts.trains(me.accountId(), personId)) {
            throw new AccessDeniedException("not a trainee of your cohorts");
        }
        return accounts.findAll(java.util.Set.of(personId)).stream().findFirst()
                .orElseThrow(() -> new UserFacingException("account.not-found", personId)).displayName();
    }

    private void requireCohort(long cohortId) {
        var me = currentUser.require();
        if (me.hasRole(Role.HR) || me.hasRole(Role.ADMIN)) {
            return;
        }
        if (cohorts.mine().stream().noneMatch(c -> c.asTrainer() && c.cohort().id() == cohortId)) {
            throw new AccessDeniedException("not your cohort");
        }
    }

    private void apply(PerformanceReview r, ReviewDraft ok) {
        r.period(ok.periodKind().name(), ok.periodStart(), ok.periodEnd());
        r.scores(ok.attitude(), ok.efficiency(), ok.complaintHandling());
        r.targets(ok.satisfactionPct(), ok.complaintsHandledPct(), ok.responseHours());
        r.remarks(ok.comments(), ok.reward(), ok.correctiveAction(), ok.correctiveDue(), currentUser.accountId(), clock.instant());
    }

    private List<ReviewEntry> entries(List<PerformanceReview> list) {
        Collection<Long> ids = new HashSet<>(list.stream().flatMap(r -> Stream.of(r.getAccountId(), r.getReviewerId())).toList());
        Map<Long, String> names = ids.isEmpty() ? Map.of() : accounts.findAll(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        return list.stream().map(r -> new ReviewEntry(r.getId(), r.getAccountId(), names.getOrDefault(r.getAccountId(), "?"),
                r.getReviewerId(), names.getOrDefault(r.getReviewerId(), "?"), PeriodKind.valueOf(r.getPeriodKind()),
                r.getPeriodStart(), r.getPeriodEnd(), r.getAttitudeScore(), r.getEfficiencyScore(), r.getComplaintScore(),
                r.getSatisfactionPct(), r.getComplaintsHandledPct(), r.getResponseHours(), r.getComments(), r.getReward(),
                r.getCorrectiveAction(), r.getCorrectiveDue(), r.getCreatedAt())).toList();
    }

    private static long zero(Long v) {
        return v == null ? 0 : v;
    }
}
