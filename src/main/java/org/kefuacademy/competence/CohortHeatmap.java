package org.kefuacademy.competence;

import java.util.List;
import org.kefuacademy.platform.Competence;

/** People × competences for one cohort, and the cohort's weakest competences (lowest weighted percent first). */
public record CohortHeatmap(long cohortId, List<Row> rows, List<Weak> weakest, ProfileRules rules) {

    public CohortHeatmap {
        rows = List.copyOf(rows);
        weakest = List.copyOf(weakest);
    }

    /** One trainee's standings (without the evidence lists). */
    public record Row(long accountId, String name, List<CompetenceStanding> standings) {
        public Row {
            standings = List.copyOf(standings);
        }
    }

    /** A competence over the whole cohort. */
    public record Weak(Competence competence, int percent, int peopleBelow) {
    }
}
