package org.kefuacademy.evaluation;

import java.time.LocalDate;
import org.kefuacademy.people.TrainingCalendar;

/**
 * When a survey of a cohort may be answered: a weekly survey from the week's first training day until
 * three days after its last (then it is locked, so the week's figures stop moving); the final survey from
 * the first day of week 4 until fourteen days after the last training day. Week {@link #FINAL} is the final survey.
 */
public final class SurveyWindow {
    public static final int FINAL = 0;
    public static final int WEEKLY_REVISION_DAYS = 3;
    public static final int FINAL_REVISION_DAYS = 14;

    private SurveyWindow() {
    }

    public static boolean valid(int week) {
        return week == FINAL || (week >= 1 && week <= TrainingCalendar.WEEKS);
    }

    public static SurveyTemplate.Kind kindOf(int week) {
        return week == FINAL ? SurveyTemplate.Kind.FINAL : SurveyTemplate.Kind.WEEKLY;
    }

    public static LocalDate opensOn(TrainingCalendar calendar, int week) {
        return calendar.dateOf(week == FINAL ? TrainingCalendar.WEEKS : week, 1);
    }

    /** The last day on which the response may be given or changed. */
    public static LocalDate editableUntil(TrainingCalendar calendar, int week) {
        return week == FINAL
                ? calendar.dateOf(TrainingCalendar.WEEKS, TrainingCalendar.DAYS_PER_WEEK).plusDays(FINAL_REVISION_DAYS)
                : calendar.dateOf(week, TrainingCalendar.DAYS_PER_WEEK).plusDays(WEEKLY_REVISION_DAYS);
    }

    /** Weeks 1–4, then the final survey, in the order a trainee meets them. */
    public static int[] all() {
        return new int[] {1, 2, 3, 4, FINAL};
    }
}
