package org.kefuacademy.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.Refusals.refused;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.records.domain.WeeklySummary;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The weekly summary and the trainer's comment: within their columns, storable, trimmed; a refusal keeps what was there. */
class SummaryFormValidationTest extends DatabaseTest {
    @Autowired
    WeeklySummaryService summaries;
    @Autowired
    CohortService cohorts;

    AccountSummary trainee;
    AccountSummary trainer;
    long cohort;

    @BeforeEach
    void aCohortInItsFirstWeek() {
        trainee = newAccount("小结学员", Role.TRAINEE);
        trainer = newAccount("小结讲师", Role.TRAINER);
        signInAs(newAccount("人事", Role.HR));
        cohort = cohorts.create(new CohortDraft(unique("小结校验"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of(trainer.id())));
        clock.setTo(LocalDateTime.of(2026, 11, 5, 17, 0));
    }

    @Test
    void a_summary_over_the_limit_or_with_control_characters_is_refused_and_the_earlier_one_stays() {
        signInAs(trainee);
        summaries.write(1, "第一周的小结。");
        refused(() -> summaries.write(1, "字".repeat(WeeklySummary.MAX_LENGTH + 1)), "summary.too-long", WeeklySummary.MAX_LENGTH);
        refused(() -> summaries.write(1, "改写\u0000"), "form.bad-characters", 3, "U+0000");
        refused(() -> summaries.write(1, " \n\t "), "summary.empty", WeeklySummary.MAX_LENGTH);
        assertThat(summaries.mine().getFirst().body()).isEqualTo("第一周的小结。");

        String full = "字".repeat(WeeklySummary.MAX_LENGTH);
        assertThat(summaries.write(1, "\n" + full + "  ").body()).isEqualTo(full);
    }

    @Test
    void a_comment_is_limited_to_its_column_and_a_refusal_stores_none() {
        signInAs(trainee);
        long id = summaries.write(1, "第一周的小结。").summaryId();
        signInAs(trainer);
        refused(() -> summaries.comment(id, "评".repeat(WeeklySummary.MAX_COMMENT_LENGTH + 1)), "summary.comment-length",
                WeeklySummary.MAX_COMMENT_LENGTH);
        refused(() -> summaries.comment(id, "好\u0001的"), "form.bad-characters", 2, "U+0001");
        assertThat(summaries.ofCohort(cohort)).filteredOn(w -> w.week() == 1).extracting(SummaryWeek::comment).containsOnlyNulls();

        summaries.comment(id, "评".repeat(WeeklySummary.MAX_COMMENT_LENGTH));
        assertThat(summaries.ofCohort(cohort)).filteredOn(w -> w.week() == 1).extracting(SummaryWeek::comment)
                .containsExactly("评".repeat(WeeklySummary.MAX_COMMENT_LENGTH));
    }
}
