package org.kefuacademy.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.curriculum.ModuleSummary;
import org.kefuacademy.curriculum.PageKind;
import org.kefuacademy.people.TrainingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.kefuacademy.people.AccountDraft;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.HolidayService;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty database with the demo people, three cohorts (one in its third week, so the
 * product shows a month in progress, one starting next week — with a trainee moved into it and a
 * company holiday in its second week — and last month's, whose graduate holds a certificate) and the
 * reading records.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataSeeder implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final AccountService accounts;
    private final CohortService cohorts;
    private final HolidayService holidays;
    private final CurriculumService curriculum;
    private final Clock clock;

    DemoDataSeeder(AccountService accounts, CohortService cohorts, HolidayService holidays, CurriculumService curriculum, Clock clock) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.holidays = holidays;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(this::seedIfEmpty);
    }

    private void seedIfEmpty() {
        if (!accounts.search("", PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        for (DemoAccounts.Demo d : DemoAccounts.ALL) {
            ids.put(d.username(), accounts.create(new AccountDraft(d.username(), d.displayName(), d.roles(),
                    d.employeeNo(), null, d.username() + "@anju-demo.cn"), DemoAccounts.PASSWORD).id());
        }
        LocalDate thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate running = thisMonday.minusWeeks(2);
        LocalDate next = thisMonday.plusWeeks(1);
        long wu = ids.get(DemoAccounts.TRAINEE_NEXT.username());
        long runningId = cohorts.create(new CohortDraft(cohortName(running), running,
                Set.of(ids.get(DemoAccounts.TRAINEE_AHEAD.username()), ids.get(DemoAccounts.TRAINEE_ON_TRACK.username()),
                        ids.get(DemoAccounts.TRAINEE_BEHIND.username()), wu),
                Set.of(ids.get(DemoAccounts.TRAINER.username()), ids.get(DemoAccounts.TRAINER_2.username()))));
        long nextId = cohorts.create(new CohortDraft(cohortName(next), next, Set.of(), Set.of(ids.get(DemoAccounts.TRAINER.username()))));
        // Wu's onboarding paperwork ran late, so HR moved him to next week's cohort: the record shows the move.
        cohorts.transfer(runningId, wu, nextId, "入职体检报告未按时交齐，改参加下一期培训");
        // The company meeting falls on a training day of the next cohort, whose schedule moves a day later.
        holidays.add(next.plusWeeks(1).plusDays(1), "公司年度工作会议（全员参加）");
        LocalDate newYear = LocalDate.of(next.getYear() + 1, 1, 1);
        if (newYear.isAfter(LocalDate.now(clock))) {
            holidays.add(newYear, "元旦");
        }
        LocalDate past = thisMonday.minusWeeks(6);
        cohorts.create(new CohortDraft(cohortName(past), past,
                Set.of(ids.get(DemoAccounts.GRADUATE.username())), Set.of(ids.get(DemoAccounts.TRAINER.username()))));
        seedReading(ids, new TrainingCalendar(running));
        List<ModuleSummary> days = curriculum.catalogue().stream().filter(m -> m.active() && m.kind() == PageKind.MODULE).toList();
        seedReading(ids.get(DemoAccounts.GRADUATE.username()), days, new TrainingCalendar(past), days.size(), 5000);
        log.info("Demo data created: {} accounts (password {}), 3 cohorts", DemoAccounts.ALL.size(), DemoAccounts.PASSWORD);
    }

    /**
     * Three trainees at different points of the month: Li is a day ahead, Chen has done every day
     * before today, Zhou fell behind after the first week and a half.
     */
    private void seedReading(Map<String, Long> ids, TrainingCalendar calendar) {
        LocalDate today = LocalDate.now(clock);
        List<ModuleSummary> days = curriculum.catalogue().stream()
                .filter(m -> m.active() && m.kind() == PageKind.MODULE).toList();
        int passed = (int) days.stream().filter(m -> calendar.dateOf(m.week(), m.day()).isBefore(today)).count();
        seedReading(ids.get(DemoAccounts.TRAINEE_AHEAD.username()), days, calendar, passed + 1, 5400);
        seedReading(ids.get(DemoAccounts.TRAINEE_ON_TRACK.username()), days, calendar, passed, 4200);
        seedReading(ids.get(DemoAccounts.TRAINEE_BEHIND.username()), days, calendar, Math.min(passed, 6), 2700);
    }

    private void seedReading(long accountId, List<ModuleSummary> days, TrainingCalendar calendar, int count, int seconds) {
        for (ModuleSummary m : days.subList(0, Math.min(count, days.size()))) {
            LocalDate date = calendar.dateOf(m.week(), m.day());
            Instant completedAt = date.atTime(16, 30).atZone(clock.getZone()).toInstant();
            curriculum.importProgress(accountId, m.key(), completedAt, seconds + (m.day() * 300));
        }
    }

    private static String cohortName(LocalDate start) {
        return start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日开班 新员工入职培训";
    }
}
