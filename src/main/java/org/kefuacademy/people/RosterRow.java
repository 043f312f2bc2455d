package org.kefuacademy.people;

import java.util.ArrayList;
import java.util.List;

/**
 * One person of an uploaded roster (花名册) as read: its row number in the spreadsheet, the cells
 * (trimmed; phone without spaces or dashes) and what is wrong with it (empty when it can be imported).
 */
public record RosterRow(int line, String employeeNo, String name, String cohort, String phone, String email,
                        List<RosterProblem> problems) {
    public RosterRow {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    RosterRow withMoreProblems(List<RosterProblem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<RosterProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new RosterRow(line, employeeNo, name, cohort, phone, email, all);
    }
}
