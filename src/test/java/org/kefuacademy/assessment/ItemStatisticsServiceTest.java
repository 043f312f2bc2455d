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
    void facility_and_discrimination_agree_with_the_raw_answers_and_options_are_counted() {
        sit(p -> true);
        sit(p -> p % 2 == 0);
        sit(p -> false);
        sit(p -> p <= 10);
        signInAs(newAccount("讲师", Role.TRAINER));
        List<ItemStatistics> all = statistics.all();
        assertThat(all).isNotEmpty();

        // The same figures worked out in Java from every graded answer row.
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select a.question_id, a.earned, a.points, t.score_percent from attempt_answer a
                join attempt t on t.id = a.attempt_id where t.status = 'GRADED' and a.earned is not null""");
        Map<String, List<double[]>> byQuestion = new java.util.HashMap<>();
        for (Map<String, Object> r : rows) {
            double x = ((Number) r.get("earned")).doubleValue() / ((Number) r.get("points")).intValue();
            double y = ((Number) r.get("score_percent")).doubleValue();
            byQuestion.computeIfAbsent((String) r.get("question_id"), k -> new java.util.ArrayList<>()).add(new double[] {x, y});
        }
        for (ItemStatistics s : all) {
            List<double[] > xy = byQuestion.get(s.questionId());
            assertThat(s.answers()).as(s.questionId()).isEqualTo(xy.size());
            assertThat(s.facility()).as(s.questionId()).isCloseTo(xy.stream().mapToDouble(v -> v[0]).average().orElseThrow(),
                    within(1e-9));
            double sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0;
            for (double[] v : xy) {
                sx += v[0];
                sy += v[1];
                sxy += v[0] * v[1];
                sxx += v[0] * v[0];
                syy += v[1] * v[1];
            }
            Double expected = ItemStatisticsService.pearson(xy.size(), sx, sy, sxy, sxx, syy);
            if (expected == null) {
                assertThat(s.discrimination()).as(s.questionId()).isNull();
            } else {
                assertThat(s.discrimination()).as(s.questionId()).isCloseTo(expected, within(1e-6));
            }
        }
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

    /** Right answers over every question (the sum of facility × answers). */
    private double rightAnswers() {
        return statistics.all().stream().mapToDouble(s -> s.facility() * s.answers()).sum();
    }

    @Test
    void figures_are_recomputed_as_soon_as_another_attempt_is_graded() {
        sit(p -> true);
        signInAs(newAccount("讲师", Role.TRAINER));
        long before = statistics.all().stream().mapToLong(ItemStatistics::answers).sum();
        double rightBefore = rightAnswers();
        sit(p -> p <= 5);
        signInAs(newAccount("讲师", Role.TRAINER));
        assertThat(statistics.all().stream().mapToLong(ItemStatistics::answers).sum()).isEqualTo(before + 20);
        assertThat(rightAnswers()).isCloseTo(rightBefore + 5, within(1e-6));
    }

    @Test
    void grades_changed_without_an_event_here_show_once_the_cached_figures_are_ten_minutes_old() {
        long attempt = sit(p -> true);
        signInAs(newAccount("讲师", Role.TRAINER));
        double before = rightAnswers();
        // as another application node would: the rows change, this node hears nothing
        jdbc.update("update attempt_answer set earned = 0, result = 'WRONG' where attempt_id = ?", attempt);
        clock.setTo(LocalDateTime.of(2026, 11, 5, 10, 9));
        assertThat(rightAnswers()).as("still the cached figures").isCloseTo(before, within(1e-6));
        clock.setTo(LocalDateTime.of(2026, 11, 5, 10, 11));
        assertThat(rightAnswers()).as("recomputed").isCloseTo(before - 20, within(1e-6));
    }

    @Test
    void trainees_cannot_see_item_statistics() {
        signInAs(newAccount("学员", Role.TRAINEE));
        assertThatThrownBy(() -> statistics.all()).isInstanceOf(AccessDeniedException.class);
    }
}
