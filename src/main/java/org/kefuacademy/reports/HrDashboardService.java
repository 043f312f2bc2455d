package org.kefuacademy.reports;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kefuacademy.assessment.CohortAssessmentResults;
import org.kefuacademy.competence.CohortHeatmap;
import org.kefuacademy.competence.CompetenceService;
import org.kefuacademy.curriculum.CohortReading;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.MyCohort;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.records.SummaryWeek;
import org.kefuacademy.records.WeeklySummaryService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 培训看板: cohort progress, weekly results, weakest competences and overdue trainees, composed from
 * the other features' aggregate services. HR and administrators see every cohort, a trainer only the
 * cohorts they train (checked here and again by each aggregate), trainees nothing.
 */
@Service
@Transactional(readOnly = true)
public class HrDashboardService {
    /** A cohort stays on the overview this many days after its last training day. */
    public static final int RECENT_DAYS = 42;
    static final int COHORTS_LISTED = 50;

    private final CohortService cohorts;
    private final CohortReading reading;
    private final CohortAssessmentResults results;
    private final CompetenceService competences;
    private final WeeklySummaryService summaries;
    private final CurrentUser currentUser;
    private final Clock clock;

    HrDashboardService(CohortService cohorts, CohortReading reading, CohortAssessmentResults results, CompetenceService competences,
                       WeeklySummaryService summaries, CurrentUser currentUser, Clock clock) {
        this.cohorts = cohorts;
        this.reading = reading;
        this.results = results;
        this.competences = competences;
        this.summaries = summaries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The cohorts the signed-in person may pick, newest first. */
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.TRAINER})
    public List<CohortSummary> pickable() {
        var me = currentUser.require();
        if (me.hasRole(Role.HR) || me.hasRole(Role.ADMIN)) {
            return cohorts.search("", PageRequest.of(0, COHORTS_LISTED));
        }
        return cohorts.mine().stream().filter(MyCohort::asTrainer).map(MyCohort::cohort)
                .sorted(Comparator.comparing(CohortSummary::startDate).reversed()).toList();
    }

    /** Progress of the pickable cohorts in training or finished within {@link #RECENT_DAYS}, newest first. */
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.TRAINER})
    public List<CohortProgress> overview() {
        LocalDate today = LocalDate.now(clock);
        List<CohortSummary> current = pickable().stream().filter(c -> c.traineeCount() > 0 && current(c, today)).toList();
        Map<Long, CohortReading.Figures> figures = reading.ofCohorts(current); // one aggregate for all, not one per cohort
        return current.stream().map(c -> progress(c, figures.get(c.id()), today)).toList();
    }

    /** Everything about one cohort; refused (AccessDeniedException) for a cohort the person may not read. */
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.TRAINER})
    public CohortDashboard dashboard(long cohortId) {
        CohortSummary cohort = cohorts.readable(cohortId);
        LocalDate today = LocalDate.now(clock);
        CohortReading.Figures figures = reading.ofCohort(cohortId);
        List<CohortAssessmentResults.Results> assessed = results.ofCohort(cohortId);
        List<AccountSummary> trainees = cohorts.trainees(cohortId);
        CohortHeatmap heat = competences.heatmap(cohortId);
        return new CohortDashboard(progress(cohort, figures, today), weeks(assessed, trainees.size()), heat.weakest(),
                overdue(trainees, figures, assessed, summaries.ofCohort(cohortId), today), heat.rules().demonstratedPercent());
    }

    private static boolean current(CohortSummary c, LocalDate today) {
        List<LocalDate> days = c.calendar().days();
        return !days.getFirst().isAfter(today) && !days.getLast().plusDays(RECENT_DAYS).isBefore(today);
    }

    private static CohortProgress progress(CohortSummary c, CohortReading.Figures f, LocalDate today) {
        double average = f.byTrainee().values().stream().mapToInt(CohortReading.Tally::completed).average().orElse(0);
        return new CohortProgress(c.id(), c.name(), c.startDate(), c.calendar().positionOn(today), f.byTrainee().size(),
                Math.round(average * 10) / 10.0, f.expected(), f.modules());
    }

    static List<WeekFigures> weeks(List<CohortAssessmentResults.Results> assessed, int trainees) {
        List<WeekFigures> list = new ArrayList<>();
        for (CohortAssessmentResults.Results r : assessed) {
            List<BigDecimal> best = r.byTrainee().values().stream().map(CohortAssessmentResults.Tally::bestPercent)
                    .filter(java.util.Objects::nonNull).toList();
            int passed = (int) r.byTrainee().values().stream().filter(CohortAssessmentResults.Tally::passed).count();
            Integer rate = best.isEmpty() ? null : (int) Math.round(100.0 * passed / best.size());
            Double average = best.isEmpty() ? null
                    : Math.round(10 * best.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0)) / 10.0;
            list.add(new WeekFigures(r.key(), r.title(), r.week(), trainees, best.size(), passed, rate, average));
        }
        return list;
    }

    private static List<OverdueTrainee> overdue(List<AccountSummary> trainees, CohortReading.Figures figures,
                                                List<CohortAssessmentResults.Results> assessed, List<SummaryWeek> weeks,
                                                LocalDate today) {
        Map<Long, String> names = trainees.stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        List<OverdueTrainee> rows = new ArrayList<>();
        for (AccountSummary t : trainees) {
            CohortReading.Tally tally = figures.byTrainee().get(t.id());
            int done = tally == null ? 0 : tally.completedExpected();
            if (done < figures.expected()) {
                rows.add(new OverdueTrainee(t.id(), t.displayName(), OverdueTrainee.Reason.READING, null, null, figures.expected(), done,
                        null));
            }
            // Not taken after its day: opened on the week's last training day, which has passed.
            for (CohortAssessmentResults.Results r : assessed) {
                if (r.opensOn().isBefore(today) && !r.byTrainee().containsKey(t.id())) {
                    rows.add(new OverdueTrainee(t.id(), t.displayName(), OverdueTrainee.Reason.ASSESSMENT, r.week(), r.title(), 0, 0,
                            r.opensOn()));
                }
            }
        }
        weeks.stream().filter(w -> w.state() == SummaryWeek.State.OVERDUE && names.containsKey(w.accountId()))
                .forEach(w -> rows.add(new OverdueTrainee(w.accountId(), names.get(w.accountId()), OverdueTrainee.Reason.SUMMARY,
                        w.week(), null, 0, 0, w.dueOn())));
        rows.sort(Comparator.comparing(OverdueTrainee::name).thenComparing(OverdueTrainee::accountId)
                .thenComparing(OverdueTrainee::reason).thenComparing(o -> o.week() == null ? 99 : o.week()));
        return rows;
    }
}
