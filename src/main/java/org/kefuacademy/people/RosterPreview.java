package org.kefuacademy.people;

import java.util.List;
import java.util.Optional;

/** What an uploaded roster would import: every data row with its problems. Nothing is created by a preview. */
public record RosterPreview(String fileName, List<RosterRow> rows) {
    public RosterPreview {
        rows = List.copyOf(rows);
    }

    public long rowsWithProblems() {
        return rows.stream().filter(r -> !r.ok()).count();
    }

    /** Only a roster with rows and without a single problem is imported (all or nothing). */
    public boolean importable() {
        return !rows.isEmpty() && rowsWithProblems() == 0;
    }

    public Optional<RosterProblem> firstProblem() {
        return rows.stream().flatMap(r -> r.problems().stream()).findFirst();
    }
}
