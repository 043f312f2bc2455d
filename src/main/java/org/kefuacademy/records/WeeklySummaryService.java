package org.kefuacademy.records;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.MyCohort;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.records.domain.WeeklySummary;
import org.kefuacademy.records.domain.WeeklySummaryRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly summaries (每周小结): each trainee writes one per training week, due on the week's last
 * training day (late ones are accepted and marked late; missing ones past their day are overdue);
 * the cohort's trainers (and HR) read and comment.
 */
@Service
@Transactional
public class WeeklySummaryService {
    private final WeeklySummaryRepository summaries;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessScope scope;

    WeeklySummaryService(WeeklySummaryRepository summaries, CohortService cohorts, CurrentUser currentUser, Clock clock,
                         AccessScope scope) {
        this.scope = scope;
        this.summaries = summaries;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in trainee's four weeks in her current cohort (empty without one). */
    @RolesAllowed(Roles.TRAINEE)
    @Transactional(readOnly = true)
    public List<SummaryWeek> mine() {
        var me = currentUser.require();
        return myCohort().map(c -> weeks(me.accountId(), me.displayName(), c.cohort(),
                summaries.findByAccountIdOrderByCohortIdAscWeekNoAsc(me.accountId()).stream()
                        .filter(s -> s.getCohortId() == c.cohort().id()).toList())).orElse(List.of());
    }

    /** Writes (or rewrites) the summary of a week that has started; nothing is stored if the text is empty or too long. */
    @RolesAllowed(Roles.TRAINEE)
    public SummaryWeek write(int week, String text) {
        String body = Fields.required(text, WeeklySummary.MAX_LENGTH, "summary.empty", "summary.too-long");
        MyCohort cohort = myCohort().orElseThrow(() -> new UserFacingException("summary.no-cohort"));
        if (week < 1 || week > TrainingCalendar.WEEKS || today().isBefore(cohort.cohort().calendar().dateOf(week, 1))) {
            throw new UserFacingException("summary.not-yet", week);
        }
        long me = currentUser.accountId();
        Instant now = clock.instant();
        WeeklySummary s = summaries.findByAccountIdAndCohortIdAndWeekNo(me, cohort.cohort().id(), week)
                .map(existing -> {
                    existing.rewrite(body, now);
                    return existing;
                }).orElseGet(() -> summaries.save(new WeeklySummary(me, cohort.cohort().id(), week, body, now)));
        return week(me, currentUser.require().displayName(), cohort.cohort(), week, s);
    }

    /** Every trainee × week of a cohort, for its trainers, HR and administrators. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SummaryWeek> ofCohort(long cohortId) {
        CohortSummary cohort = requireCohortAccess(cohortId);
        Map<Long, List<WeeklySummary>> byPerson = summaries.findByCohortId(cohortId).stream()
                .collect(Collectors.groupingBy(WeeklySummary::getAccountId));
        List<SummaryWeek> all = new ArrayList<>();
        for (AccountSummary t : cohorts.trainees(cohortId)) {
            all.addAll(weeks(t.id(), t.displayName(), cohort, byPerson.getOrDefault(t.id(), List.of())));
        }
        return all;
    }

    /**
     * A person's summaries in every cohort they took part in, including one they were moved from: HR anyone's,
     * a trainer their cohorts' trainees'.
     */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SummaryWeek> ofPerson(long accountId, String name) {
        scope.requireReadable(accountId);
        List<WeeklySummary> written = summaries.findByAccountIdOrderByCohortIdAscWeekNoAsc(accountId);
        List<SummaryWeek> all = new ArrayList<>();
        java.util.Set<Long> current = cohorts.cohortsOf(accountId).stream().map(CohortSummary::id).collect(Collectors.toSet());
        for (CohortSummary c : cohorts.allCohortsOf(accountId)) {
            List<SummaryWeek> weeks = weeks(accountId, name, c, written.stream().filter(s -> s.getCohortId() == c.id()).toList());
            // In a cohort the person left, only what they wrote counts: later weeks were never theirs to write.
            all.addAll(current.contains(c.id()) ? weeks : weeks.stream().filter(w -> w.summaryId() != null).toList());
        }
        return all;
    }

    /** A trainer's (or HR's) comment, shown to the trainee. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public void comment(long summaryId, String text) {
        String comment = Fields.required(text, WeeklySummary.MAX_COMMENT_LENGTH, "summary.comment-length", "summary.comment-length");
        WeeklySummary s = summaries.findById(summaryId).orElseThrow(() -> new AccessDeniedException("no such summary"));
        requireCohortAccess(s.getCohortId());
        s.comment(comment, currentUser.accountId(), clock.instant());
    }

    /** A cohort the signed-in person may read: HR and administrators any, a trainer only their own. */
    private CohortSummary requireCohortAccess(long cohortId) {
        var me = currentUser.require();
        if (me.hasRole(Role.HR) || me.hasRole(Role.ADMIN)) {
            return cohorts.readable(cohortId);
        }
        return cohorts.mine().stream().filter(c -> c.asTrainer() && c.cohort().id() == cohortId).map(MyCohort::cohort).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not your cohort"));
    }

    private java.util.Optional<MyCohort> myCohort() {
        return cohorts.mine().stream().filter(c -> !c.asTrainer()).findFirst();
    }

    private List<SummaryWeek> weeks(long accountId, String name, CohortSummary cohort, List<WeeklySummary> written) {
        Map<Integer, WeeklySummary> byWeek = written.stream().collect(Collectors.toMap(WeeklySummary::getWeekNo, Function.identity()));
        List<SummaryWeek> weeks = new ArrayList<>();
        for (int w = 1; w <= TrainingCalendar.WEEKS; w++) {
            weeks.add(week(accountId, name, cohort, w, byWeek.get(w)));
        }
        return weeks;
    }

    private SummaryWeek week(long accountId, String name, CohortSummary cohort, int week, WeeklySummary s) {
        TrainingCalendar calendar = cohort.calendar();
        LocalDate due = calendar.dateOf(week, TrainingCalendar.DAYS_PER_WEEK);
        LocalDate today = today();
        SummaryWeek.State state;
        if (s != null) {
            LocalDate submitted = LocalDate.ofInstant(s.getSubmittedAt(), clock.getZone());
            state = submitted.isAfter(due) ? SummaryWeek.State.SUBMITTED_LATE : SummaryWeek.State.SUBMITTED;
        } else if (today.isBefore(calendar.dateOf(week, 1))) {
            state = SummaryWeek.State.NOT_DUE;
        } else {
            state = today.isAfter(due) ? SummaryWeek.State.OVERDUE : SummaryWeek.State.OPEN;
        }
        return new SummaryWeek(accountId, name, cohort.id(), week, due, state, s == null ? null : s.getId(),
                s == null ? null : s.getBody(), s == null ? null : s.getSubmittedAt(), s == null ? null : s.getCommentText());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
