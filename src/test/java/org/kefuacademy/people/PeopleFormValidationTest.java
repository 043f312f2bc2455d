package org.kefuacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.Refusals.refused;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.domain.Account;
import org.kefuacademy.people.domain.Cohort;
import org.kefuacademy.people.domain.CohortMember;
import org.kefuacademy.people.domain.Holiday;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every field of the account, cohort, holiday and leave forms is checked by the service: a refusal names the
 * field and the rule, stores nothing, and the boundary value (exactly the column's length) is accepted.
 */
class PeopleFormValidationTest extends DatabaseTest {
    private static final String PASS = "Valid#pass-2026";
    @Autowired
    CohortService cohorts;
    @Autowired
    HolidayService holidays;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdministrator() {
        signInAs(newAccount("管理员", Role.ADMIN, Role.HR));
    }

    @Test
    void account_fields_are_refused_with_the_field_and_the_rule_and_nothing_is_stored() {
        String username = unique("form");
        refused(() -> create(username, "字".repeat(Account.DISPLAY_NAME_MAX_LENGTH + 1), null, null, null),
                "account.display-name-invalid", Account.DISPLAY_NAME_MAX_LENGTH);
        refused(() -> create(username, "张\u0000三", null, null, null), "form.bad-characters", 2, "U+0000");
        refused(() -> create(username, "张三", "KF 001", null, null), "account.employee-no-format");
        refused(() -> create(username, "张三", "K".repeat(Account.EMPLOYEE_NO_MAX_LENGTH + 1), null, null),
                "account.employee-no-invalid", Account.EMPLOYEE_NO_MAX_LENGTH);
        refused(() -> create(username, "张三", null, "+ - -", null), "account.phone-format", 5, 20);
        refused(() -> create(username, "张三", null, "1390000abcd", null), "account.phone-format", 5, 20);
        refused(() -> create(username, "张三", null, "1".repeat(Account.PHONE_MAX_LENGTH + 1), null),
                "account.phone-too-long", Account.PHONE_MAX_LENGTH);
        refused(() -> create(username, "张三", null, null, "a".repeat(Account.EMAIL_MAX_LENGTH) + "@x.cn"),
                "account.email-too-long", Account.EMAIL_MAX_LENGTH);
        refused(() -> create(username, "张三", null, null, "zhang@@example"), "account.email-invalid");
        assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Long.class, username)).isZero();
    }

    @Test
    void account_fields_at_their_limits_are_accepted_trimmed() {
        String name = "客".repeat(Account.DISPLAY_NAME_MAX_LENGTH);
        String email = "m".repeat(Account.EMAIL_MAX_LENGTH - "@example.cn".length()) + "@example.cn";
        String employeeNo = "K-" + unique("n").replace('.', '_');
        AccountSummary a = create(unique("form"), "\u3000" + name + "  ", " " + employeeNo + " ", " +86-755-8888 6666 ", " " + email + " ");

        assertThat(a.displayName()).isEqualTo(name);
        assertThat(a.employeeNo()).isEqualTo(employeeNo);
        assertThat(a.phone()).isEqualTo("+86-755-8888 6666");
        assertThat(a.email()).isEqualTo(email).hasSize(Account.EMAIL_MAX_LENGTH);
    }

    @Test
    void a_refused_profile_change_leaves_the_account_as_it_was() {
        AccountSummary before = create(unique("form"), "李晓雯", null, "13800000000", null);

        refused(() -> accountService.update(before.id(), new AccountDraft(before.username(), "李晓雯", Set.of(Role.TRAINEE),
                null, "139\u0007", null)), "form.bad-characters", 4, "U+0007");
        refused(() -> accountService.update(before.id(), new AccountDraft(before.username(), "李\uD800", Set.of(Role.TRAINEE),
                null, null, null)), "form.bad-characters", 2, "U+D800");

        assertThat(accountService.get(before.id())).isEqualTo(before);
    }

    @Test
    void cohort_name_start_date_and_members_are_checked_before_anything_is_stored() {
        LocalDate start = LocalDate.of(2026, 9, 7);
        String tooLong = "班".repeat(Cohort.NAME_MAX_LENGTH + 1);
        refused(() -> cohorts.create(new CohortDraft(tooLong, start, Set.of(), Set.of())), "cohort.name-invalid", Cohort.NAME_MAX_LENGTH);
        refused(() -> cohorts.create(new CohortDraft(" \n ", start, Set.of(), Set.of())), "cohort.name-invalid", Cohort.NAME_MAX_LENGTH);
        String name = unique("九月班");
        refused(() -> cohorts.create(new CohortDraft(name, LocalDate.of(202, 9, 7), Set.of(), Set.of())),
                "form.date-out-of-range", LocalDate.of(202, 9, 7), LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
        refused(() -> cohorts.create(new CohortDraft(name, null, Set.of(), Set.of())), "cohort.start-required");
        refused(() -> cohorts.create(new CohortDraft(name, start, Set.of(-42L), Set.of())), "account.not-found", -42L);
        assertThat(jdbc.queryForObject("select count(*) from cohort where name = ?", Long.class, name)).isZero();

        String atLimit = name + "班".repeat(Cohort.NAME_MAX_LENGTH - name.length());
        long id = cohorts.create(new CohortDraft("  " + atLimit + " ", start, Set.of(), Set.of()));
        assertThat(cohorts.readable(id).name()).isEqualTo(atLimit);
    }

    @Test
    void a_leave_reason_is_required_and_limited_and_a_refusal_keeps_the_trainee_in_the_cohort() {
        AccountSummary trainee = newAccount("离班学员", Role.TRAINEE);
        long id = cohorts.create(new CohortDraft(unique("离班批次"), LocalDate.of(2026, 9, 7), Set.of(trainee.id()), Set.of()));

        refused(() -> cohorts.withdraw(id, trainee.id(), "因".repeat(CohortMember.REASON_MAX_LENGTH + 1)),
                "cohort.reason-required", CohortMember.REASON_MAX_LENGTH);
        refused(() -> cohorts.withdraw(id, trainee.id(), "   "), "cohort.reason-required", CohortMember.REASON_MAX_LENGTH);
        refused(() -> cohorts.withdraw(id, trainee.id(), "离职\u001B"), "form.bad-characters", 3, "U+001B");
        assertThat(cohorts.trainees(id)).extracting(AccountSummary::id).containsExactly(trainee.id());

        cohorts.withdraw(id, trainee.id(), "因".repeat(CohortMember.REASON_MAX_LENGTH));
        assertThat(cohorts.trainees(id)).isEmpty();
    }

    @Test
    void a_holiday_name_is_limited_to_its_column_and_its_date_to_the_usable_window() {
        LocalDate day = LocalDate.of(2400, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300 * 365))
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        refused(() -> holidays.add(day, "假".repeat(Holiday.NAME_MAX_LENGTH + 1)), "holiday.name-invalid", Holiday.NAME_MAX_LENGTH);
        refused(() -> holidays.add(day, "年会\u0000"), "form.bad-characters", 3, "U+0000");
        refused(() -> holidays.add(LocalDate.of(10000, 1, 3), "年会"), "form.date-out-of-range", LocalDate.of(10000, 1, 3),
                LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
        assertThat(holidays.from(day)).extracting(HolidayService.Entry::date).doesNotContain(day);

        HolidayService.Entry added = holidays.add(day, " " + "假".repeat(Holiday.NAME_MAX_LENGTH) + " ");
        assertThat(added.name()).hasSize(Holiday.NAME_MAX_LENGTH);
    }

    private AccountSummary create(String username, String name, String employeeNo, String phone, String email) {
        return accountService.create(new AccountDraft(username, name, Set.of(Role.TRAINEE), employeeNo, phone, email), PASS);
    }
}
