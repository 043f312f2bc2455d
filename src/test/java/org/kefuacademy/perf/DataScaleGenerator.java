package org.kefuacademy.perf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.kefuacademy.assessment.AssessmentDefinition;
import org.kefuacademy.assessment.Grade;
import org.kefuacademy.assessment.Grader;
import org.kefuacademy.assessment.Question;
import org.kefuacademy.assessment.Response;
import org.kefuacademy.assessment.ResponseCodec;
import org.kefuacademy.observation.Checklist;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.Competence;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A large organisation on MariaDB: SCALE × (200 cohorts of 50 trainees, 40 trainers), two cohorts starting
 * every Monday over the past two years (the newest next Monday), each trainee's reading, weekly and final
 * assessment attempts graded by the application's {@code Grader} (about SCALE × 1,000,000 answers),
 * role-play runs played through the real engine (about SCALE × 100,000 steps), observations, competence
 * evidence for every graded answer, step and observed item, weekly summaries with trainers' comments, and
 * certificates for the graduates who passed. Deterministic for a seed (dates count from today).
 *
 * <p>Usage: {@code DataScaleGenerator JDBC_URL SCALE SEED}, on an empty database: the application starts
 * once on it (Flyway, content sync, first administrator), then rows are written with multi-row INSERTs.
 */
public final class DataScaleGenerator {
    static final String PASSWORD = "Perf-Kefu-2026";
    static final String HR_USERNAME = "hr.perf";
    static final int TRAINEES_PER_COHORT = 50;
    private static final int FULL_COHORTS = 200;
    private static final long FULL_ANSWERS = 1_000_000;
    private static final long FULL_STEPS = 100_000;
    private static final double RETAKE = 0.6;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /** Next id per table (ids are given explicitly so rows can refer to each other without reading keys back). */
    static final class Ids {
        private final Map<String, Long> next = new HashMap<>();

        long next(String table) {
            return next.merge(table, 1L, Long::sum);
        }

        void start(Connection c, String table) throws SQLException {
            next.put(table, Catalogue.num(Catalogue.rows(c, "select coalesce(max(id), 0) from " + table).getFirst()[0]));
        }
    }

    /** The row writers, shared with {@link RoleplayPlayer}. */
    static final class Tables {
        final Ids ids = new Ids();
        final Rows accounts;
        final Rows roles;
        final Rows cohorts;
        final Rows members;
        final Rows progress;
        final Rows attempts;
        final Rows answers;
        final Rows runs;
        final Rows steps;
        final Rows stepScores;
        final Rows evidence;
        final Rows observations;
        final Rows observationItems;
        final Rows summaries;
        final Rows certificates;
        final List<Rows> all;

        Tables(Connection c) throws SQLException {
            accounts = new Rows(c, "account", "id", "username", "display_name", "password_hash", "enabled", "employee_no", "phone", "email",
                    "created_at", "updated_at", "version", "password_change_required", "failed_sign_ins");
            roles = new Rows(c, "account_role", "account_id", "role_name");
            cohorts = new Rows(c, "cohort", "id", "name", "start_date", "created_at", "updated_at", "version", "assessment_needs_modules");
            members = new Rows(c, "cohort_member", "id", "cohort_id", "account_id", "member_role", "joined_at", "status");
            progress = new Rows(c, "module_progress", "id", "account_id", "content_key", "last_version_id", "completed_version_id",
                    "first_opened_at", "last_opened_at", "completed_at", "seconds_spent", "version");
            attempts = new Rows(c, "attempt", "id", "account_id", "assessment_key", "assessment_version_id", "attempt_no", "status",
                    "started_at", "deadline_at", "submitted_at", "submitted_by", "score", "max_score", "score_percent", "passed",
                    "pending_manual", "version");
            answers = new Rows(c, "attempt_answer", "id", "attempt_id", "position_no", "bank_version_id", "question_id", "question_type",
                    "points", "display_order", "response", "saved_at", "flagged", "earned", "result", "graded_by", "graded_at", "version");
            runs = new Rows(c, "roleplay_run", "id", "account_id", "scenario_key", "scenario_version_id", "assessed", "started_at",
                    "finished_at", "node_id", "node_entered_at", "mood", "flags", "last_reply_percent", "decisions", "ending_kind",
                    "earned_total", "possible_total", "score_percent", "version");
            steps = new Rows(c, "roleplay_step", "id", "run_id", "seq", "step_kind", "node_id", "choice_index", "reply_text", "effects",
                    "reply_percent", "mood_before", "mood_after", "seconds_taken", "entered_nodes", "created_at");
            stepScores = new Rows(c, "roleplay_step_score", "id", "step_id", "run_id", "competence", "earned", "possible", "override_earned");
            evidence = new Rows(c, "competence_evidence", "id", "account_id", "competence", "source_kind", "source_key", "label", "earned",
                    "possible", "recorded_at");
            observations = new Rows(c, "observation", "id", "account_id", "checklist_key", "checklist_version_id", "category",
                    "observer_id", "observed_at", "comment_text", "earned", "possible", "score_percent");
            observationItems = new Rows(c, "observation_item", "id", "observation_id", "item_no", "earned", "possible", "comment_text");
            summaries = new Rows(c, "weekly_summary", "id", "account_id", "cohort_id", "week_no", "body", "submitted_at", "updated_at",
                    "comment_text", "commented_by", "commented_at");
            certificates = new Rows(c, "certificate", "id", "code", "account_id", "person_name", "cohort_name", "period_start", "period_end",
                    "theory", "practical", "attitude", "overall", "issued_at", "issued_by", "expires_at");
            all = List.of(accounts, roles, cohorts, members, progress, attempts, answers, runs, steps, stepScores, evidence, observations,
                    observationItems, summaries, certificates);
            for (Rows r : all) {
                if (!r.table().equals("account_role")) {
                    ids.start(c, r.table());
                }
            }
        }

        void flush() {
            all.forEach(Rows::flush);
        }
    }

    private record Plan(int index, LocalDate start, TrainingCalendar calendar) {
    }

    private final Connection connection;
    private final Catalogue catalogue;
    private final double scale;
    private final Random random;
    private final Answering answering;
    private final RoleplayPlayer player;
    private final Tables t;
    private final String passwordHash;
    private final LocalDate today = LocalDate.now(ZONE);
    private final Instant createdAt;
    private final Set<String> codes = new HashSet<>();
    private final Names names;
    private double sitWeekly;
    private double stepsPerTrainee;
    private double stepsOwed;
    private long hrId;
    private final List<Long> trainerIds = new ArrayList<>();
    private int traineeNo;

    private DataScaleGenerator(Connection connection, Catalogue catalogue, double scale, long seed, String passwordHash) throws SQLException {
        this.connection = connection;
        this.catalogue = catalogue;
        this.scale = scale;
        this.random = new Random(seed);
        this.answering = new Answering(random);
        this.t = new Tables(connection);
        this.player = new RoleplayPlayer(random, catalogue, t);
        this.passwordHash = passwordHash;
        this.names = new Names(random);
        this.createdAt = today.minusYears(3).atStartOfDay(ZONE).toInstant();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: DataScaleGenerator JDBC_URL SCALE SEED");
        }
        String url = args[0];
        double scale = Double.parseDouble(args[1]);
        long seed = Long.parseLong(args[2]);
        long t0 = System.nanoTime();
        String hash;
        try (var context = PerfContext.start(url)) {
            hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
        }
        long t1 = System.nanoTime();
        System.out.printf("application first start (Flyway, content sync): %.1f s%n", (t1 - t0) / 1e9);
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            if (Catalogue.num(Catalogue.rows(c, "select count(*) from account").getFirst()[0]) > 1) {
                throw new IllegalStateException("the database already holds accounts: generate on an empty database");
            }
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("set foreign_key_checks = 0");
                st.execute("set unique_checks = 0");
            }
            DataScaleGenerator g = new DataScaleGenerator(c, Catalogue.load(c), scale, seed, hash);
            g.generate();
            c.commit();
            long t2 = System.nanoTime();
            System.out.printf("rows written in %.1f s:%n", (t2 - t1) / 1e9);
            long total = 0;
            for (Rows r : g.t.all) {
                System.out.printf("  %-22s %,12d%n", r.table(), r.written());
                total += r.written();
            }
            System.out.printf("  %-22s %,12d%n", "total", total);
        }
    }

    private void generate() throws SQLException {
        int cohortCount = Math.max(2, (int) Math.round(FULL_COHORTS * scale));
        int trainerCount = Math.max(2, cohortCount / 5);
        hrId = account(HR_USERNAME, "赵晓岚", "HR", null);
        account("hr.perf2", "钱文静", "HR", null);
        for (int i = 1; i <= trainerCount; i++) {
            trainerIds.add(account("trainer.perf" + i, names.next(), "TRAINER", String.format("PX%04d", i)));
        }
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<Plan> plans = new ArrayList<>();
        for (int i = cohortCount - 1; i >= 0; i--) { // oldest first, so ids grow with time
            LocalDate start = nextMonday.minusWeeks(i / 2);
            plans.add(new Plan(cohortCount - 1 - i, start, new TrainingCalendar(start)));
        }
        budget(plans);
        int done = 0;
        for (Plan p : plans) {
            cohort(p, trainerCount);
            t.flush();
            connection.commit();
            if (++done % Math.max(1, cohortCount / 10) == 0) {
                System.out.printf("  %d/%d cohorts, %,d answers, %,d role-play steps%n", done, cohortCount, t.answers.written(),
                        t.steps.written());
            }
        }
    }

    /** Weekly assessments are sat with the probability that brings the graded answers to SCALE × 1,000,000. */
    private void budget(List<Plan> plans) {
        double weekly = 0;
        double finals = 0;
        int started = 0;
        for (Plan p : plans) {
            if (p.calendar.dateOf(1, 1).isBefore(today)) {
                started += TRAINEES_PER_COHORT;
            }
            for (Catalogue.AssessmentRow a : catalogue.assessments()) {
                if (opensOn(a, p.calendar).isBefore(today)) {
                    int n = TRAINEES_PER_COHORT * a.definition().questionCount();
                    if (a.finalDay()) {
                        finals += n;
                    } else {
                        weekly += n * (1 + RETAKE * 0.15);
                    }
                }
            }
        }
        sitWeekly = weekly == 0 ? 1 : Math.max(0.3, Math.min(1.0, (FULL_ANSWERS * scale - finals) / weekly));
        stepsPerTrainee = started == 0 ? 0 : FULL_STEPS * scale / started;
        System.out.printf("plan: %d cohorts (%d trainees), weekly assessments sat with p=%.2f, %.1f role-play steps per started trainee%n",
                plans.size(), plans.size() * TRAINEES_PER_COHORT, sitWeekly, stepsPerTrainee);
    }

    private void cohort(Plan p, int trainerCount) {
        long cohortId = t.ids.next("cohort");
        String name = p.start + " 客服入职培训" + (p.index % 2 == 0 ? "一班" : "二班");
        Instant created = at(p.start.minusDays(21), 10, 0);
        t.cohorts.add(cohortId, name, p.start, created, created, 0, false);
        List<Long> trainers = List.of(trainerIds.get(p.index % trainerCount), trainerIds.get((p.index + 1) % trainerCount));
        for (long trainer : trainers) {
            t.members.add(t.ids.next("cohort_member"), cohortId, trainer, "TRAINER", created, "ACTIVE");
        }
        for (int k = 0; k < TRAINEES_PER_COHORT; k++) {
            trainee(p, cohortId, name, trainers);
        }
    }

    private void trainee(Plan p, long cohortId, String cohortName, List<Long> trainers) {
        traineeNo++;
        String name = names.next();
        long id = account(String.format("kf%05d", traineeNo), name, "TRAINEE", String.format("KF%06d", 100000 + traineeNo));
        t.members.add(t.ids.next("cohort_member"), cohortId, id, "TRAINEE", at(p.start.minusDays(7), 9, 30), "ACTIVE");
        double skill = Math.max(0.4, Math.min(0.98, 0.80 + 0.09 * random.nextGaussian()));
        long trainer = trainers.get(random.nextInt(trainers.size()));
        TrainingCalendar cal = p.calendar;
        reading(id, cal, skill);
        Integer finalPercent = assessments(id, cal, skill, trainer);
        roleplay(id, cal, skill);
        Map<Checklist.Category, List<Integer>> observed = observations(id, cal, skill, trainer);
        summaries(id, cohortId, cal, trainer);
        if (cal.days().getLast().isBefore(today) && finalPercent != null) {
            certificate(id, name, cohortName, cal, finalPercent, observed);
        }
    }

    private long account(String username, String displayName, String role, String employeeNo) {
        long id = t.ids.next("account");
        t.accounts.add(id, username, displayName, passwordHash, true, employeeNo, String.format("139%08d", 10000000 + id),
                username + "@anju-wuye.example", createdAt, createdAt, 0, false, 0);
        t.roles.add(id, role);
        return id;
    }

    private void reading(long accountId, TrainingCalendar cal, double skill) {
        for (Catalogue.ModuleRow m : catalogue.modules()) {
            LocalDate day = cal.dateOf(m.week(), m.day());
            if (!day.isBefore(today) || random.nextDouble() > 0.97) {
                continue;
            }
            Instant opened = at(day, 9 + random.nextInt(8), random.nextInt(60));
            boolean completed = random.nextDouble() < Math.min(0.98, skill + 0.12);
            int seconds = 600 + random.nextInt(3000);
            Instant last = opened.plusSeconds(seconds);
            t.progress.add(t.ids.next("module_progress"), accountId, m.key(), m.versionId(), completed ? m.versionId() : null, opened, last,
                    completed ? last : null, seconds, 0);
        }
    }

    /** Sits the assessments opened before today; returns the final's percent (null when not taken). */
    private Integer assessments(long accountId, TrainingCalendar cal, double skill, long trainer) {
        Integer finalPercent = null;
        for (Catalogue.AssessmentRow a : catalogue.assessments()) {
            LocalDate opens = opensOn(a, cal);
            if (!opens.isBefore(today) || random.nextDouble() >= (a.finalDay() ? 0.99 : sitWeekly)) {
                continue;
            }
            BigDecimal percent = attempt(accountId, a, 1, at(opens, 14, random.nextInt(120)), skill, trainer);
            boolean passed = percent.compareTo(BigDecimal.valueOf(a.passMark())) >= 0;
            if (!passed && a.attemptsAllowed() >= 2 && random.nextDouble() < RETAKE) {
                LocalDate again = opens.plusDays(1).isBefore(today) ? opens.plusDays(1) : opens;
                BigDecimal second = attempt(accountId, a, 2, at(again, 19, random.nextInt(60)), Math.min(0.98, skill + 0.05), trainer);
                percent = percent.max(second);
            }
            if (a.finalDay()) {
                finalPercent = percent.setScale(0, RoundingMode.HALF_UP).intValue();
            }
        }
        return finalPercent;
    }

    /** One graded attempt drawn as the exam draws it; returns its percent. */
    private BigDecimal attempt(long accountId, Catalogue.AssessmentRow a, int attemptNo, Instant start, double skill, long trainer) {
        AssessmentDefinition def = a.definition();
        record Drawn(Catalogue.BankRow bank, Question question) {
        }
        List<Drawn> drawn = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (AssessmentDefinition.Draw draw : def.draws()) {
            Catalogue.BankRow bank = catalogue.banks().get(draw.bank());
            List<Question> pool = new ArrayList<>(bank.bank().questions().stream().filter(draw::accepts).filter(q -> !taken.contains(q.id())).toList());
            Collections.shuffle(pool, random);
            pool.stream().limit(draw.count()).forEach(q -> {
                taken.add(q.id());
                drawn.add(new Drawn(bank, q));
            });
        }
        if (def.shuffleQuestions()) {
            Collections.shuffle(drawn, random);
        }
        long attemptId = t.ids.next("attempt");
        long used = (long) (a.minutes() * 60 * (0.35 + 0.55 * random.nextDouble()));
        Instant submitted = start.plusSeconds(used);
        double total = 0;
        int max = 0;
        for (int i = 0; i < drawn.size(); i++) {
            Question q = drawn.get(i).question();
            Response response = answering.answer(q, skill);
            Grade grade = Grader.grade(q, response);
            Long gradedBy = null;
            Instant gradedAt = submitted;
            if (grade.result() == Grade.Result.PENDING) { // a trainer scored the short answer the next morning
                double share = Math.max(0, Math.min(1, skill + 0.15 * random.nextGaussian()));
                grade = Grade.of(Math.round(q.points() * share), q.points());
                gradedBy = trainer;
                gradedAt = submitted.plusSeconds(18 * 3600);
            }
            Instant saved = response == null ? null : start.plusSeconds(used * (i + 1) / drawn.size());
            t.answers.add(t.ids.next("attempt_answer"), attemptId, i + 1, drawn.get(i).bank().versionId(), q.id(), q.type().id(), q.points(),
                    answering.displayOrder(q, def.shuffleOptions()), response == null ? null : ResponseCodec.encode(response), saved, false,
                    BigDecimal.valueOf(grade.earned()).setScale(2, RoundingMode.HALF_UP), grade.result().name(), gradedBy, gradedAt, 1);
            for (Competence c : q.competences()) {
                t.evidence.add(t.ids.next("competence_evidence"), accountId, c.id(), "QUESTION", "answer:" + attemptId + ":" + q.id(),
                        cut(a.key() + " · " + q.id(), 200), grade.earned(), q.points(), gradedAt);
            }
            total += grade.earned();
            max += q.points();
        }
        BigDecimal percent = max == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(total * 100.0 / max).setScale(2, RoundingMode.HALF_UP);
        t.attempts.add(attemptId, accountId, a.key(), a.versionId(), attemptNo, "GRADED", start, start.plusSeconds(a.minutes() * 60L),
                submitted, "TRAINEE", BigDecimal.valueOf(total).setScale(2, RoundingMode.HALF_UP), max, percent,
                percent.compareTo(BigDecimal.valueOf(a.passMark())) >= 0, 0, 2);
        return percent;
    }

    private void roleplay(long accountId, TrainingCalendar cal, double skill) {
        if (!cal.dateOf(1, 1).isBefore(today)) {
            return;
        }
        stepsOwed += stepsPerTrainee;
        List<Catalogue.ScenarioRow> open = catalogue.scenarios().stream().filter(s -> cal.dateOf(s.week(), 1).isBefore(today)).toList();
        for (int runs = 0; stepsOwed > 0 && !open.isEmpty() && runs < 12; runs++) {
            Catalogue.ScenarioRow s = open.get(random.nextInt(open.size()));
            LocalDate day = cal.dateOf(s.week(), 1 + random.nextInt(4));
            if (!day.isBefore(today)) {
                day = cal.dateOf(s.week(), 1);
            }
            stepsOwed -= player.play(accountId, s, s.assessed() && random.nextDouble() < 0.6, at(day, 10 + random.nextInt(7), random.nextInt(60)),
                    skill);
        }
    }

    /** Observed drills, interview and attitude once week 4 is over; percents by category. */
    private Map<Checklist.Category, List<Integer>> observations(long accountId, TrainingCalendar cal, double skill, long trainer) {
        Map<Checklist.Category, List<Integer>> percents = new LinkedHashMap<>();
        if (!cal.dateOf(4, 4).isBefore(today)) {
            return percents;
        }
        for (Catalogue.ChecklistRow row : catalogue.checklists()) {
            Checklist list = row.checklist();
            LocalDate day = list.category() == Checklist.Category.DRILL ? cal.dateOf(4, 1 + random.nextInt(3)) : cal.dateOf(4, 4);
            Instant when = at(day, 15, random.nextInt(120));
            long obsId = t.ids.next("observation");
            int earned = 0;
            int possible = 0;
            for (Checklist.Section section : list.sections()) {
                for (Checklist.Item item : section.items()) {
                    int e = (int) Math.max(0, Math.min(item.max(), Math.round(item.max() * (skill + 0.12 * random.nextGaussian()))));
                    t.observationItems.add(t.ids.next("observation_item"), obsId, item.no(), e, item.max(), null);
                    for (Competence c : item.competences()) {
                        t.evidence.add(t.ids.next("competence_evidence"), accountId, c.id(), "OBSERVATION", "observation:" + obsId + ":" + item.no(),
                                cut(row.key() + " · " + item.text(), 200), e, item.max(), when);
                    }
                    earned += e;
                    possible += item.max();
                }
            }
            int percent = possible == 0 ? 0 : (int) Math.round(100.0 * earned / possible);
            t.observations.add(obsId, accountId, row.key(), row.versionId(), list.category().id(), trainer, when,
                    random.nextDouble() < 0.3 ? "整体表现稳定，语气亲切，登记环节还可以再细致一些。" : null, earned, possible, percent);
            percents.computeIfAbsent(list.category(), k -> new ArrayList<>()).add(percent);
        }
        return percents;
    }

    private void summaries(long accountId, long cohortId, TrainingCalendar cal, long trainer) {
        for (int week = 1; week <= TrainingCalendar.WEEKS; week++) {
            LocalDate due = cal.dateOf(week, TrainingCalendar.DAYS_PER_WEEK);
            if (!due.isBefore(today) || random.nextDouble() > 0.93) {
                continue;
            }
            Instant submitted = at(due, 17 + random.nextInt(4), random.nextInt(60));
            boolean commented = random.nextDouble() < 0.7;
            t.summaries.add(t.ids.next("weekly_summary"), accountId, cohortId, week, Texts.summary(random, week), submitted, submitted,
                    commented ? Texts.comment(random) : null, commented ? trainer : null, commented ? submitted.plusSeconds(16 * 3600) : null);
        }
    }

    /** As the final assessment weighs it by default (40/40/20, 80 overall, 60 each part). */
    private void certificate(long accountId, String name, String cohortName, TrainingCalendar cal, int theory,
                             Map<Checklist.Category, List<Integer>> observed) {
        List<Integer> practicalParts = new ArrayList<>(observed.getOrDefault(Checklist.Category.DRILL, List.of()));
        practicalParts.addAll(observed.getOrDefault(Checklist.Category.INTERVIEW, List.of()));
        List<Integer> attitudeParts = observed.getOrDefault(Checklist.Category.ATTITUDE, List.of());
        if (practicalParts.isEmpty() || attitudeParts.isEmpty()) {
            return;
        }
        int practical = (int) Math.round(practicalParts.stream().mapToInt(Integer::intValue).average().orElse(0));
        int attitude = (int) Math.round(attitudeParts.stream().mapToInt(Integer::intValue).average().orElse(0));
        int overall = (int) Math.round((40.0 * theory + 40.0 * practical + 20.0 * attitude) / 100.0);
        if (overall < 80 || theory < 60 || practical < 60 || attitude < 60) {
            return;
        }
        Instant issued = at(cal.days().getLast().plusDays(1), 10, random.nextInt(60));
        Instant expires = catalogue.validityMonths() <= 0 ? null
                : issued.atZone(ZONE).plusMonths(catalogue.validityMonths()).toInstant();
        t.certificates.add(t.ids.next("certificate"), code(), accountId, name, cohortName, cal.days().getFirst(), cal.days().getLast(),
                theory, practical, attitude, overall, issued, hrId, expires);
    }

    private String code() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                sb.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            if (codes.add(sb.toString())) {
                return sb.toString();
            }
        }
    }

    private static LocalDate opensOn(Catalogue.AssessmentRow a, TrainingCalendar cal) {
        return a.finalDay() ? cal.dateOf(TrainingCalendar.WEEKS, TrainingCalendar.DAYS_PER_WEEK)
                : cal.dateOf(a.week(), TrainingCalendar.DAYS_PER_WEEK);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, 0).plusMinutes(minute).atZone(ZONE).toInstant();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
