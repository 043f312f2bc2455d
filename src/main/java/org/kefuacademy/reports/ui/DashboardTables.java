package org.kefuacademy.reports.ui;

import java.util.List;
import java.util.Locale;
import org.kefuacademy.competence.CohortHeatmap;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.tabular.ExportRows;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.reports.CohortProgress;
import org.kefuacademy.reports.OverdueTrainee;
import org.kefuacademy.reports.WeekFigures;

/** The dashboard's grids as exportable tables (headings and texts from the bundles), and the texts the grids share. */
final class DashboardTables {
    /** getTranslation(key, args) of the view. */
    interface Translator {
        String get(String key, Object... args);
    }

    private final Translator t;

    DashboardTables(Translator t) {
        this.t = t;
    }

    Table progress(List<CohortProgress> rows) {
        return new Table(t.get("dashboard.progress"), List.of(t.get("dashboard.col.cohort"), t.get("dashboard.col.start"),
                t.get("dashboard.col.position"), t.get("dashboard.col.trainees"), t.get("dashboard.col.avg-completed"),
                t.get("dashboard.col.expected"), t.get("dashboard.col.modules")),
                ExportRows.capped(rows).stream().<List<?>>map(p -> java.util.Arrays.asList(p.name(), p.startDate(), position(p), p.trainees(),
                        p.averageCompleted(), p.expected(), p.modules())).toList());
    }

    Table weeks(List<WeekFigures> rows) {
        return new Table(t.get("dashboard.weeks"), List.of(t.get("dashboard.col.assessment"), t.get("dashboard.col.trainees"),
                t.get("dashboard.col.takers"), t.get("dashboard.col.passed"), t.get("dashboard.col.pass-rate"), t.get("dashboard.col.average")),
                rows.stream().<List<?>>map(w -> java.util.Arrays.asList(assessmentLabel(w), w.trainees(), w.takers(), w.passed(),
                        w.passRatePercent(), w.averagePercent())).toList());
    }

    Table weakest(List<CohortHeatmap.Weak> rows, int demonstrated) {
        return new Table(t.get("dashboard.weakest"), List.of(t.get("dashboard.col.competence"), t.get("dashboard.col.level"),
                t.get("dashboard.col.below", demonstrated)),
                rows.stream().<List<?>>map(w -> List.of(t.get(w.competence().labelKey()), w.percent(), w.peopleBelow())).toList());
    }

    Table overdue(List<OverdueTrainee> rows) {
        return new Table(t.get("dashboard.overdue"), List.of(t.get("dashboard.col.trainee"), t.get("dashboard.col.reason"),
                t.get("dashboard.col.detail")),
                ExportRows.capped(rows).stream().<List<?>>map(o -> List.of(o.name(), t.get(o.reason().labelKey()), detail(o))).toList());
    }

    String position(CohortProgress p) {
        TrainingCalendar.Position pos = p.position();
        return switch (pos.phase()) {
            case NOT_STARTED -> t.get("dashboard.position.not-started");
            case FINISHED -> t.get("dashboard.position.finished");
            case IN_TRAINING -> t.get("dashboard.position.in-training", pos.week(), pos.day(), pos.dayIndex(), TrainingCalendar.TRAINING_DAYS);
        };
    }

    String assessmentLabel(WeekFigures w) {
        return w.week() == null ? t.get("dashboard.final") + " · " + w.title() : t.get("summary.week", w.week()) + " · " + w.title();
    }

    String shortLabel(WeekFigures w) {
        return w.week() == null ? t.get("dashboard.final") : t.get("summary.week", w.week());
    }

    String detail(OverdueTrainee o) {
        return switch (o.reason()) {
            case READING -> t.get("dashboard.detail.reading", o.due(), o.done());
            case ASSESSMENT -> t.get("dashboard.detail.assessment", o.assessmentTitle(), String.valueOf(o.since()));
            case SUMMARY -> t.get("dashboard.detail.summary", o.week(), String.valueOf(o.since()));
        };
    }

    String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
