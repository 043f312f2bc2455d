package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class ItemStatisticsServiceTest extends DatabaseTest {
    @Autowired
    ItemStatisticsService statistics;
    @Autowired
    AttemptService attempts;
    @Autowired
    CohortService cohorts;
    @Autowired
    QuestionBanks banks;
    @Autowired
    JdbcTemplate jdbc;

    /** One trainee sits week 1, answering right only the questions for which {@code right} says so. */
    private long sit(java.util.function.IntPredicate right) {
        AccountSummary trainee = newAccount("统计考生", Role.TRAINEE);
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("统计批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of()));
        clock.setTo(LocalDateTime.of(2026, 11, 5, 10, 0));
        signInAs(trainee);
        long id = attempts.start("assessment-week1");
        for (int p = 1; p <= 20; p++) {
            Map<String, Object> row = jdbc.queryForMap(
                    "select question_id, bank_version_id from attempt_answer where attempt_id = ? and position_no = ?", id, p);
            Question q = banks.question(((Number) row.get("bank_version_id")).longValue(), (String) row.get("question_id"));
            if (right.test(p)) {
                attempts.save(id, p, AnswerKey.right(q));
            }
        }
        attempts.submit(id);
        return id;
    }

    @Test
    void facility_discrimination_and_option_counts_come_from_graded_attempts() {
        sit(p -> true);
        sit(p -> p % 2 == 0);
        sit(p -> false);
        signInAs(newAccount("讲师", Role.TRAINER));
        List<ItemStatistics> all = statistics.all();
        assertThat(all).isNotEmpty().allSatisfy(s -> {
            assertThat(s.facility()).isBetween(0.0, 1.0);
            assertThat(s.answers()).isPositive();
        });
        assertThat(all).anySatisfy(s -> assertThat(s.discrimination()).isNotNull().isGreaterThan(0.0));
        assertThat(all).filteredOn(s -> s.type() == QuestionType.SINGLE)
                .anySatisfy(s -> assertThat(s.optionCounts().values().stream().mapToLong(Long::longValue).sum()).isPositive());
    }

    @Test
    void pearson_from_sums() {
        // x = 0,1,1 ; y = 10,90,80 -> strongly positive
        double r = ItemStatisticsService.pearson(3, 2, 180, 170, 2, 100 + 8100 + 6400);
        assertThat(r).isCloseTo(0.99, within(0.02));
        assertThat(ItemStatisticsService.pearson(3, 3, 180, 180, 3, 12000)).as("no variation in x").isNull();
        assertThat(ItemStatisticsService.pearson(2, 1, 1, 1, 1, 1)).as("too few").isNull();
    }

    @Test
    void trainees_cannot_see_item_statistics() {
        signInAs(newAccount("学员", Role.TRAINEE));
        assertThatThrownBy(() -> statistics.all()).isInstanceOf(AccessDeniedException.class);
    }
}
