package org.kefuacademy.reports;

import java.util.List;
import org.kefuacademy.competence.CohortHeatmap;

/** Everything the dashboard shows for one cohort. */
public record CohortDashboard(CohortProgress progress, List<WeekFigures> weeks, List<CohortHeatmap.Weak> weakest,
                              List<OverdueTrainee> overdue, int demonstratedPercent) {

    public CohortDashboard {
        weeks = List.copyOf(weeks);
        weakest = List.copyOf(weakest);
        overdue = List.copyOf(overdue);
    }
}
