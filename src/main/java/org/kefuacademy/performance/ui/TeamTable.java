package org.kefuacademy.performance.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.kefuacademy.performance.ReviewEntry;
import org.kefuacademy.performance.TeamReport;
import org.kefuacademy.platform.tabular.Table;

/** The team grid as a spreadsheet: one row per trainee, numbers as numbers, each target with met / missed. */
final class TeamTable {
    private TeamTable() {
    }

    static Table of(Component c, String cohortName, TeamReport report) {
        List<String> headers = List.of(t(c, "performance.col.person"), t(c, "performance.col.period"), t(c, "performance.col.attitude"),
                t(c, "performance.col.efficiency"), t(c, "performance.col.complaint"), t(c, "performance.col.satisfaction"),
                t(c, "performance.col.met"), t(c, "performance.col.handled"), t(c, "performance.col.met"),
                t(c, "performance.col.response"), t(c, "performance.col.met"), t(c, "performance.col.reward"),
                t(c, "performance.col.corrective"), t(c, "performance.col.due"), t(c, "performance.col.reviewer"));
        List<List<?>> rows = new ArrayList<>();
        for (TeamReport.Row row : report.rows()) {
            ReviewEntry r = row.latest();
            if (r == null) {
                rows.add(List.of(row.personName(), t(c, "performance.not-reviewed")));
                continue;
            }
            List<Object> cells = new ArrayList<>();
            cells.add(row.personName());
            cells.add(r.periodLabel());
            cells.add(r.attitude());
            cells.add(r.efficiency());
            cells.add(r.complaintHandling());
            cells.add(r.satisfactionPct());
            cells.add(Cells.met(c, r.satisfactionMet()));
            cells.add(r.complaintsHandledPct());
            cells.add(Cells.met(c, r.handledMet()));
            cells.add(r.responseHours());
            cells.add(Cells.met(c, r.responseMet()));
            cells.add(r.reward());
            cells.add(r.correctiveAction());
            cells.add(r.correctiveDue());
            cells.add(r.reviewerName());
            rows.add(cells);
        }
        return new Table(cohortName.length() > 31 ? cohortName.substring(0, 31) : cohortName, headers, rows);
    }

    private static String t(Component c, String key) {
        return c.getTranslation(key);
    }
}
