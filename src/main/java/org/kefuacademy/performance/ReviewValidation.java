package org.kefuacademy.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.kefuacademy.performance.domain.PerformanceReview;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;

/**
 * Checks a review form before anything is stored; each refusal names the field and what is allowed.
 * Returns the draft normalised: the period resolved to its first and last day, numbers to one decimal,
 * blank text to null.
 */
final class ReviewValidation {
    static final int SCORE_MIN = 1;
    static final int SCORE_MAX = 5;
    static final BigDecimal HOURS_MAX = new BigDecimal("9999");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ReviewValidation() {
    }

    static ReviewDraft check(ReviewDraft d, LocalDate today) {
        if (d.periodKind() == null || d.periodStart() == null || (d.periodKind() == PeriodKind.CUSTOM && d.periodEnd() == null)) {
            throw new UserFacingException("performance.period-required");
        }
        Fields.optionalDate(d.periodStart());
        Fields.optionalDate(d.periodEnd());
        LocalDate start = d.periodKind().startOf(d.periodStart());
        LocalDate end = d.periodKind().endOf(d.periodStart(), d.periodEnd());
        if (!end.isAfter(start)) {
            throw new UserFacingException("performance.period-order", start, end);
        }
        if (start.isAfter(today)) {
            throw new UserFacingException("performance.period-not-started", start);
        }
        score(d.attitude(), "attitude");
        score(d.efficiency(), "efficiency");
        score(d.complaintHandling(), "complaint");
        BigDecimal satisfaction = percent(d.satisfactionPct(), "satisfaction");
        BigDecimal handled = percent(d.complaintsHandledPct(), "handled");
        BigDecimal hours = hours(d.responseHours());
        String comments = text(d.comments(), PerformanceReview.COMMENTS_MAX, "performance.comments-too-long");
        String reward = text(d.reward(), PerformanceReview.REWARD_MAX, "performance.reward-too-long");
        String corrective = text(d.correctiveAction(), PerformanceReview.CORRECTIVE_MAX, "performance.corrective-too-long");
        if (corrective != null && d.correctiveDue() == null) {
            throw new UserFacingException("performance.corrective-due-required");
        }
        if (corrective == null && d.correctiveDue() != null) {
            throw new UserFacingException("performance.corrective-action-required");
        }
        Fields.optionalDate(d.correctiveDue());
        if (d.correctiveDue() != null && d.correctiveDue().isBefore(start)) {
            throw new UserFacingException("performance.corrective-due-early", d.correctiveDue(), start);
        }
        return new ReviewDraft(d.personId(), d.periodKind(), start, end, d.attitude(), d.efficiency(), d.complaintHandling(),
                satisfaction, handled, hours, comments, reward, corrective, d.correctiveDue());
    }

    private static void score(Integer value, String field) {
        if (value == null) {
            throw new UserFacingException("performance.score-required." + field);
        }
        if (value < SCORE_MIN || value > SCORE_MAX) {
            throw new UserFacingException("performance.score-range." + field, value, SCORE_MIN, SCORE_MAX);
        }
    }

    private static BigDecimal percent(BigDecimal value, String field) {
        if (value == null) {
            throw new UserFacingException("performance.value-required." + field);
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new UserFacingException("performance.percent-range." + field, value.toPlainString());
        }
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal hours(BigDecimal value) {
        if (value == null) {
            throw new UserFacingException("performance.value-required.hours");
        }
        if (value.signum() < 0 || value.compareTo(HOURS_MAX) > 0) {
            throw new UserFacingException("performance.hours-range", value.toPlainString(), HOURS_MAX.toPlainString());
        }
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    private static String text(String value, int max, String key) {
        return Fields.optional(value, max, key);
    }
}
