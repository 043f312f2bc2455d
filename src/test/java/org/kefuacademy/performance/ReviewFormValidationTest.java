package org.kefuacademy.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.Refusals.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.performance.domain.PerformanceReview;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The review form's text and dates beyond what the feature's own tests cover: storable text, usable dates, the boundaries. */
class ReviewFormValidationTest extends DatabaseTest {
    private static final LocalDate NOV = LocalDate.of(2026, 11, 1);
    @Autowired
    PerformanceReviewService reviews;
    @Autowired
    CohortService cohorts;

    AccountSummary trainee;

    @BeforeEach
    void aTraineeAndHr() {
        clock.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
        trainee = newAccount("学员甲", Role.TRAINEE);
        signInAs(newAccount("人事赵", Role.HR));
        cohorts.create(new CohortDraft(unique("绩效校验"), LocalDate.of(2026, 10, 5), Set.of(trainee.id()), Set.of()));
    }

    @Test
    void text_with_control_characters_and_dates_outside_the_usable_window_are_refused_and_nothing_is_stored() {
        refused(() -> reviews.write(draft(NOV, "表现\u0000稳定", null, null, null)), "form.bad-characters", 3, "U+0000");
        refused(() -> reviews.write(draft(NOV, null, null, "整改\uDC00", LocalDate.of(2026, 12, 1))), "form.bad-characters", 3, "U+DC00");
        refused(() -> reviews.write(draft(NOV, null, null, "按时回访", LocalDate.of(20261, 12, 1))), "form.date-out-of-range",
                LocalDate.of(20261, 12, 1), LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
        refused(() -> reviews.write(new ReviewDraft(trainee.id(), PeriodKind.CUSTOM, LocalDate.of(26, 11, 1), LocalDate.of(2026, 11, 15),
                4, 4, 4, pct("95"), pct("100"), pct("10"), null, null, null, null)), "form.date-out-of-range",
                LocalDate.of(26, 11, 1), LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
        refused(() -> reviews.write(draft(NOV, "评".repeat(PerformanceReview.COMMENTS_MAX + 1), null, null, null)),
                "performance.comments-too-long", PerformanceReview.COMMENTS_MAX);
        assertThat(reviews.historyOf(trainee.id())).isEmpty();
    }

    @Test
    void text_exactly_at_each_columns_length_is_stored_trimmed() {
        String comments = "评".repeat(PerformanceReview.COMMENTS_MAX);
        String corrective = "改".repeat(PerformanceReview.CORRECTIVE_MAX);
        ReviewEntry saved = reviews.write(draft(NOV, " " + comments + "\n", "奖".repeat(PerformanceReview.REWARD_MAX), corrective,
                LocalDate.of(2026, 12, 15)));
        assertThat(saved.comments()).isEqualTo(comments);
        assertThat(saved.reward()).hasSize(PerformanceReview.REWARD_MAX);
        assertThat(saved.correctiveAction()).isEqualTo(corrective);
    }

    private ReviewDraft draft(LocalDate month, String comments, String reward, String corrective, LocalDate due) {
        return new ReviewDraft(trainee.id(), PeriodKind.MONTH, month, null, 4, 4, 4, pct("95"), pct("100"), pct("10"),
                comments, reward, corrective, due);
    }

    private static BigDecimal pct(String s) {
        return new BigDecimal(s);
    }
}
