package org.kefuacademy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountDraft;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.HolidayService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.records.WeeklySummaryService;
import org.kefuacademy.testsupport.DatabaseTest;
import org.kefuacademy.testsupport.fuzz.FormText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Arbitrary text (jqwik's generators: very long, control characters, broken surrogates, emoji, Chinese, SQL,
 * HTML) through the main free-text service methods and back out of the database: each input is either stored
 * exactly as trimmed, or refused with a {@link UserFacingException} that changed nothing; never any other
 * exception (a SQL error from an overflowing column, a mangled character). jqwik's engine does not run
 * Spring's extension, so its arbitraries are sampled inside a JUnit test; the failing input is in the message.
 */
@Tag("fuzz")
class FormTextRoundTripFuzzTest extends DatabaseTest {
    private static final int TRIES = 60;
    @Autowired
    CohortService cohorts;
    @Autowired
    HolidayService holidays;
    @Autowired
    WeeklySummaryService summaries;

    @Test
    void an_account_name_round_trips_or_is_refused() {
        signInAs(newAccount("管理员", Role.ADMIN));
        each(100, String::strip, input -> {
            String username = unique("fz");
            return outcome(() -> accountService.create(new AccountDraft(username, input, Set.of(Role.TRAINEE), null, null, null),
                    PASSWORD).displayName(), () -> accountService.search(username, Pageable.ofSize(50))
                    .stream().filter(a -> a.username().equals(username)).map(AccountSummary::displayName).toList());
        });
    }

    @Test
    void a_cohort_name_round_trips_or_is_refused() {
        signInAs(newAccount("人事", Role.HR));
        String prefix = unique("班");
        each(100, input -> (prefix + input).strip(), input -> {
            String name = prefix + input;
            return outcome(() -> cohorts.readable(cohorts.create(new CohortDraft(name, LocalDate.of(2026, 9, 7), Set.of(), Set.of())))
                    .name(), () -> cohorts.search(name.strip(), Pageable.ofSize(5)).stream()
                    .map(CohortSummary::name).filter(n -> n.equals(name.strip())).toList());
        });
    }

    @Test
    void a_holiday_name_round_trips_or_is_refused() {
        signInAs(newAccount("人事", Role.HR));
        each(60, String::strip, input -> {
            LocalDate day = LocalDate.of(2500, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000 * 365));
            return outcome(() -> holidays.add(day, input).name(), () -> holidays.from(day).stream()
                    .filter(h -> h.date().equals(day)).map(HolidayService.Entry::name).toList());
        });
    }

    @Test
    void a_weekly_summary_round_trips_or_is_refused_and_the_one_before_stays() {
        AccountSummary trainee = newAccount("学员", Role.TRAINEE);
        SystemAuthentication.callAsSystem(() -> cohorts.create(new CohortDraft(unique("小结"), LocalDate.of(2026, 11, 2),
                Set.of(trainee.id()), Set.of())));
        clock.setTo(LocalDateTime.of(2026, 11, 5, 17, 0));
        signInAs(trainee);
        summaries.write(1, "起初的小结。");
        each(4000, String::strip, input -> outcome(() -> summaries.write(1, input).body(), () -> List.of(summaries.mine().getFirst().body())));
    }

    /** Result of one try: the text that came back, or null when refused (after checking nothing changed). */
    private static String outcome(Supplier<String> store, Supplier<List<String>> readBack) {
        List<String> before = readBack.get();
        try {
            String stored = store.get();
            assertThat(readBack.get()).as("read back from the database").contains(stored);
            return stored;
        } catch (UserFacingException refused) {
            assertThat(refused.messageKey()).isNotBlank();
            assertThat(readBack.get()).as("a refusal (%s) changes nothing", refused.messageKey()).isEqualTo(before);
            return null;
        }
    }

    /** Tries arbitrary inputs for a field of at most {@code limit} characters; {@code expected} is what must be stored. */
    private static void each(int limit, UnaryOperator<String> expected, Function<String, String> attempt) {
        int[] storedAndRefused = new int[2];
        FormText.arbitrary(limit).sampleStream().limit(TRIES).forEach(input -> {
            try {
                String stored = attempt.apply(input);
                storedAndRefused[stored == null ? 1 : 0]++;
                if (stored != null) {
                    assertThat(stored).as("stored exactly as trimmed: %s", escaped(input)).isEqualTo(expected.apply(input));
                }
            } catch (AssertionError e) {
                throw new AssertionError("input " + escaped(input) + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                fail("input " + escaped(input) + " threw " + e, e);
            }
        });
        assertThat(storedAndRefused[0]).as("some generated inputs are stored").isPositive();
        assertThat(storedAndRefused[1]).as("some generated inputs are refused").isPositive();
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder("\"");
        String head = s.length() > 200 ? s.substring(0, 200) : s;
        head.chars().forEach(c -> b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return b.append(s.length() > 200 ? "…(" + s.length() + " chars)\"" : "\"").toString();
    }
}
