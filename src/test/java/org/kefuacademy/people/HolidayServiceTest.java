package org.kefuacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Holidays are company-wide, so each test uses a Monday far in the future that no other test's cohort
 * reaches (and a random one, because the MariaDB suite keeps rows from earlier runs).
 */
class HolidayServiceTest extends DatabaseTest {
    @Autowired
    HolidayService holidays;
    @Autowired
    CohortService cohorts;
    @Autowired
    AuditLog audit;

    private static LocalDate farMonday() {
        LocalDate d = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(200 * 365));
        return d.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    @Test
    void a_holiday_on_a_training_day_moves_the_cohorts_schedule_as_every_service_reports_it() {
        AccountSummary hr = newAccount("人事", Role.HR);
        AccountSummary trainee = newAccount("节假日学员", Role.TRAINEE);
        signInAs(hr);
        LocalDate start = farMonday();
        LocalDate wednesday = start.plusDays(9);
        String name = unique("节后批次");
        long id = cohorts.create(new CohortDraft(name, start, Set.of(trainee.id()), Set.of()));
        LocalDate lastDayBefore = cohorts.readable(id).calendar().days().getLast();

        holidays.add(wednesday, "  公司年会  ");

        CohortSummary listed = cohorts.search(name, PageRequest.of(0, 5)).getFirst();
        assertThat(listed.calendar().days()).doesNotContain(wednesday).hasSize(16);
        assertThat(listed.calendar().skippedHolidays()).containsExactly(wednesday);
        assertThat(listed.calendar().dateOf(2, 3)).isEqualTo(start.plusDays(10));
        assertThat(cohorts.readable(id).calendar().days().getLast()).isEqualTo(lastDayBefore.plusDays(4));
        assertThat(cohorts.cohortsOf(trainee.id()).getFirst().calendar().skippedHolidays()).containsExactly(wednesday);
        signInAs(trainee);
        assertThat(cohorts.mine().getFirst().cohort().calendar().skippedHolidays()).containsExactly(wednesday);
        signInAs(hr);
        assertThat(holidays.from(start)).extracting(HolidayService.Entry::date, HolidayService.Entry::name)
                .contains(org.assertj.core.groups.Tuple.tuple(wednesday, "公司年会"));
    }

    @Test
    void bad_or_past_days_are_refused_and_removal_is_audited() {
        AccountSummary hr = newAccount("人事", Role.HR);
        signInAs(hr);
        LocalDate day = farMonday();
        HolidayService.Entry added = holidays.add(day, "厂庆");

        assertThatThrownBy(() -> holidays.add(day, "重复")).isInstanceOf(UserFacingException.class).hasMessageContaining("holiday.taken");
        assertThatThrownBy(() -> holidays.add(day.plusDays(1), " ")).hasMessageContaining("holiday.name-invalid");
        assertThatThrownBy(() -> holidays.add(null, "无日期")).hasMessageContaining("holiday.date-required");
        assertThatThrownBy(() -> holidays.add(LocalDate.now(clock), "今天")).hasMessageContaining("holiday.past");
        assertThatThrownBy(() -> holidays.add(LocalDate.now(clock).minusDays(3), "过去")).hasMessageContaining("holiday.past");

        holidays.remove(added.id());
        assertThat(holidays.from(day)).extracting(HolidayService.Entry::date).doesNotContain(day);
        signInAs(newAccount("管理员", Role.ADMIN));
        assertThat(audit.search(new AuditLog.Filter(null, hr.id(), null), 0, 10)).extracting(AuditLog.Line::action)
                .containsExactly(HolidayService.AUDIT_REMOVE, HolidayService.AUDIT_ADD);
    }

    @Test
    void a_holiday_that_has_come_cannot_be_removed() {
        signInAs(newAccount("人事", Role.HR));
        LocalDate day = farMonday();
        HolidayService.Entry added = holidays.add(day, "预定假日");
        clock.setTo(day.atTime(9, 0));

        assertThatThrownBy(() -> holidays.remove(added.id())).hasMessageContaining("holiday.past");
        assertThat(holidays.from(day)).extracting(HolidayService.Entry::id).contains(added.id());
    }

    @Test
    void only_hr_and_administrators_change_holidays() {
        signInAs(newAccount("讲师", Role.TRAINER));
        assertThatThrownBy(() -> holidays.add(farMonday(), "讲师想放假")).isInstanceOf(AccessDeniedException.class);
        signInAs(newAccount("学员", Role.TRAINEE));
        assertThatThrownBy(() -> holidays.from(LocalDate.now(clock))).isInstanceOf(AccessDeniedException.class);
    }
}
