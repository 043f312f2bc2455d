package org.kefuacademy.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kefuacademy.assessment.ItemStatisticsService;
import org.kefuacademy.competence.CompetenceService;
import org.kefuacademy.evaluation.EffectReportService;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.Role;
import org.kefuacademy.records.PersonRecordService;
import org.kefuacademy.reports.HrDashboardService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Times, warm, the service calls a report view makes to render its first screen ("server time to first
 * data"), signed in through the application's own user lookup as HR and as a trainer. Each line: a few
 * warm-up calls, then N timed calls; median, p95 and max in milliseconds.
 *
 * <p>Usage: {@code DataScaleTimings JDBC_URL [N]} on a database the generator filled.
 */
public final class DataScaleTimings {
    private static final int WARM_UP = 3;
    private static final int GRID_PAGE = 50; // Vaadin Grid's default page size
    /** A call slower than this is timed only {@link #SLOW_CALLS} times, so a miss does not hold the run up for long. */
    private static final long SLOW_MS = 3000;
    private static final int SLOW_CALLS = 3;

    private record Line(String name, String what, long selects, int n, double median, double p95, double max, String size) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final int calls;
    private final Connection status;
    private final String loadAtStart = loadAverage();

    private DataScaleTimings(int calls, Connection status) {
        this.calls = calls;
        this.status = status;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long fullHistory;
        long trainer;
        long trainersTrainee;
        long graduatedCohort;
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            // the trainee with the most history: most attempts among those with role-play runs, in a finished cohort
            fullHistory = Catalogue.num(Catalogue.rows(c, """
                    select a.account_id from attempt a join certificate ce on ce.account_id = a.account_id
                    where exists (select 1 from roleplay_run r where r.account_id = a.account_id)
                    group by a.account_id order by count(*) desc, a.account_id limit 1""").getFirst()[0]);
            graduatedCohort = Catalogue.num(Catalogue.rows(c, """
                    select m.cohort_id from cohort_member m where m.account_id = %d""".formatted(fullHistory)).getFirst()[0]);
            Object[] newest = Catalogue.rows(c, """
                    select m.account_id, (select t.account_id from cohort_member t where t.cohort_id = m.cohort_id
                                          and t.member_role = 'TRAINEE' order by t.account_id limit 1)
                    from cohort_member m join cohort co on co.id = m.cohort_id
                    where m.member_role = 'TRAINER' and co.start_date <= current_date
                    order by co.start_date desc, co.id desc, m.account_id limit 1""").getFirst();
            trainer = Catalogue.num(newest[0]);
            trainersTrainee = Catalogue.num(newest[1]);
            System.out.println("database: " + Catalogue.rows(c, "select version()").getFirst()[0] + "; rows: "
                    + Catalogue.rows(c, "select concat((select count(*) from account), ' accounts, ', (select count(*) from cohort), ' cohorts, ', "
                    + "(select count(*) from attempt_answer), ' answers, ', (select count(*) from roleplay_step), ' role-play steps, ', "
                    + "(select count(*) from competence_evidence), ' evidence rows')").getFirst()[0]);
        }
        try (ConfigurableApplicationContext context = PerfContext.start(url); Connection status = DriverManager.getConnection(url, "root", "")) {
            new DataScaleTimings(calls, status).run(context, fullHistory, graduatedCohort, trainer, trainersTrainee);
        }
    }

    private void run(ConfigurableApplicationContext context, long fullHistory, long graduatedCohort, long trainer, long trainersTrainee) {
        HrDashboardService dashboard = context.getBean(HrDashboardService.class);
        PersonRecordService records = context.getBean(PersonRecordService.class);
        ItemStatisticsService statistics = context.getBean(ItemStatisticsService.class);
        CompetenceService competences = context.getBean(CompetenceService.class);
        EffectReportService effects = context.getBean(EffectReportService.class);
        AccessScope scope = context.getBean(AccessScope.class);
        AccountService accounts = context.getBean(AccountService.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        UserDetailsService users = context.getBean(UserDetailsService.class);

        signIn(users, DataScaleGenerator.HR_USERNAME);
        long current = CohortSummary.inTraining(dashboard.pickable(), today).orElseThrow().id();
        // a JVM warm-up over the HR calls: the first line would otherwise pay for the JIT of everything after it
        for (int i = 0; i < 5; i++) {
            dashboard.overview();
            dashboard.dashboard(current);
            dashboard.dashboard(graduatedCohort);
            effects.report(graduatedCohort);
            records.record(fullHistory);
            competences.heatmap(current);
            competences.heatmap(graduatedCohort);
        }
        time("HR dashboard, first screen", "overview() + pickable() + dashboard(cohort in training)", () -> {
            dashboard.overview();
            return dashboard.dashboard(CohortSummary.inTraining(dashboard.pickable(), today).orElseThrow().id());
        });
        time("  of which: overview()", "progress of every current cohort", dashboard::overview);
        time("Cohort report (dashboard), in training", "dashboard(" + current + ")", () -> dashboard.dashboard(current));
        time("Cohort report (dashboard), graduated", "dashboard(" + graduatedCohort + ")", () -> dashboard.dashboard(graduatedCohort));
        time("Cohort effect report, graduated", "EffectReportService.report(" + graduatedCohort + ")", () -> effects.report(graduatedCohort));
        time("People list, first page", "searchByRole(TRAINEE, \"\", page 0 of " + GRID_PAGE + ")",
                () -> accounts.searchByRole(Role.TRAINEE, "", PageRequest.of(0, GRID_PAGE)));
        time("Person record, full history", "PersonRecordService.record(" + fullHistory + ")", () -> records.record(fullHistory));
        Runnable forget = itemStatisticsForgetter(context);
        time("Item statistics, computed", "all() after a grade (cache emptied first)", () -> {
            forget.run();
            return statistics.all();
        });
        time("Item statistics, no grade since", "all() served from ItemStatisticsCache", statistics::all);
        time("Competence heatmap, first screen", "readableCohorts() + heatmap(cohort in training)", () -> {
            List<CohortSummary> readable = scope.readableCohorts();
            return competences.heatmap(CohortSummary.inTraining(readable, today).orElseThrow().id());
        });
        time("Competence heatmap, graduated", "heatmap(" + graduatedCohort + ")", () -> competences.heatmap(graduatedCohort));

        String trainerName = context.getBean(AccountService.class).findAll(java.util.Set.of(trainer)).getFirst().username();
        signIn(users, trainerName);
        time("Trainer: dashboard, first screen", "as " + trainerName, () -> {
            dashboard.overview();
            return CohortSummary.inTraining(dashboard.pickable(), today).map(c -> dashboard.dashboard(c.id())).orElse(null);
        });
        time("Trainer: heatmap, first screen", "as " + trainerName, () -> {
            List<CohortSummary> readable = scope.readableCohorts();
            return CohortSummary.inTraining(readable, today).map(c -> competences.heatmap(c.id())).orElse(null);
        });
        time("Trainer: person record of own trainee", "record(" + trainersTrainee + ")", () -> records.record(trainersTrainee));
        SecurityContextHolder.clearContext();
        print();
    }

    /** Empties the item statistics cache, as a grade committing does (package-private in the product: reached by reflection). */
    private static Runnable itemStatisticsForgetter(ConfigurableApplicationContext context) {
        if (!context.containsBean("itemStatisticsCache")) {
            return () -> { }; // a build without the cache (timing the code as it was): every call computes
        }
        try {
            Object cache = context.getBean("itemStatisticsCache");
            java.lang.reflect.Method invalidate = cache.getClass().getDeclaredMethod("invalidate");
            invalidate.setAccessible(true);
            return () -> {
                try {
                    invalidate.invoke(cache);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void signIn(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Warm-up, then the timed calls (only {@link #SLOW_CALLS} when the last warm-up call still took over {@link #SLOW_MS}). */
    private void time(String name, String what, Supplier<?> call) {
        Object result = null;
        long last = 0;
        for (int i = 0; i < WARM_UP && last < 3 * SLOW_MS * 1_000_000L; i++) {
            long start = System.nanoTime();
            result = call.get();
            last = System.nanoTime() - start;
        }
        boolean slow = last > SLOW_MS * 1_000_000L;
        long before = selects();
        call.get();
        long selects = selects() - before;
        int n = slow ? SLOW_CALLS : calls;
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(ms);
        Line line = new Line(name, what, selects, n, ms[(n - 1) / 2], ms[Math.min(n - 1, (int) Math.ceil(0.95 * n) - 1)], ms[n - 1], size(result));
        lines.add(line);
        System.out.printf("  measured: %-40s median %9.1f ms (n=%d, %d selects)%n", name, line.median(), n, selects);
    }

    /** SELECTs the server has run so far (Com_select): one call's difference counts its queries, N+1s included. */
    private long selects() {
        try (java.sql.Statement st = status.createStatement();
             java.sql.ResultSet rs = st.executeQuery("show global status like 'Com_select'")) {
            rs.next();
            return rs.getLong(2);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The machine's 1, 5 and 15 minute load averages: the timings mean little without them on a shared machine. */
    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String size(Object result) {
        return switch (result) {
            case null -> "";
            case Collection<?> c -> c.size() + " rows";
            case Map<?, ?> m -> m.size() + " entries";
            default -> "";
        };
    }

    private void print() {
        System.out.printf("%nload average now: %s (at the start: %s)%n", loadAverage(), loadAtStart);
        System.out.printf("warm timings: up to %d warm-up calls, then n timed calls each (ms); n=%d unless a call took over %d ms%n",
                WARM_UP, calls, SLOW_MS);
        System.out.printf("%-40s %4s %9s %9s %9s %8s  %-10s %s%n", "view (service calls)", "n", "median", "p95", "max", "selects", "result",
                "calls");
        for (Line l : lines) {
            System.out.printf("%-40s %4d %9.1f %9.1f %9.1f %8d  %-10s %s%n", l.name(), l.n(), l.median(), l.p95(), l.max(), l.selects(), l.size(),
                    l.what());
        }
    }
}
