package org.kefuacademy.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kefuacademy.people.HolidayService;
import org.kefuacademy.people.TrainingCalendar;

/** The 16 training days of a cohort week by week, and the holidays the schedule skips. */
class CohortSchedule extends Div {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");

    CohortSchedule() {
        setId("cohort-schedule");
        addClassName("kefu-schedule");
    }

    void show(LocalDate start, List<HolidayService.Entry> holidays) {
        removeAll();
        add(new H4(getTranslation("cohort.schedule")));
        if (start == null) {
            add(new Paragraph(getTranslation("cohort.schedule-needs-start")));
            return;
        }
        TrainingCalendar calendar = new TrainingCalendar(start, holidays.stream().map(HolidayService.Entry::date).toList());
        for (int week = 1; week <= TrainingCalendar.WEEKS; week++) {
            int w = week;
            String days = IntStream.rangeClosed(1, TrainingCalendar.DAYS_PER_WEEK).mapToObj(d -> label(calendar.dateOf(w, d)))
                    .collect(Collectors.joining("、"));
            add(new Paragraph(getTranslation("cohort.schedule-week", week, days)));
        }
        Map<LocalDate, String> names = holidays.stream().collect(Collectors.toMap(HolidayService.Entry::date, HolidayService.Entry::name));
        if (!calendar.skippedHolidays().isEmpty()) {
            Paragraph skipped = new Paragraph(getTranslation("cohort.schedule-skipped", calendar.skippedHolidays().stream()
                    .map(d -> label(d) + " " + names.get(d)).collect(Collectors.joining("、"))));
            skipped.setId("cohort-schedule-skipped");
            add(skipped);
        }
    }

    private String label(LocalDate d) {
        return DAY.format(d) + "（" + d.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + "）";
    }
}
