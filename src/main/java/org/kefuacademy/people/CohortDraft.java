package org.kefuacademy.people;

import java.time.LocalDate;
import java.util.Set;

/** A cohort as its form submits it: name, start date, the accounts taking part and its assessment rule. */
public record CohortDraft(String name, LocalDate startDate, Set<Long> traineeIds, Set<Long> trainerIds,
                          boolean assessmentNeedsModules) {

    /** A draft with the default rule: assessments open on their day whatever the reading progress. */
    public CohortDraft(String name, LocalDate startDate, Set<Long> traineeIds, Set<Long> trainerIds) {
        this(name, startDate, traineeIds, trainerIds, false);
    }

    public CohortDraft {
        traineeIds = traineeIds == null ? Set.of() : Set.copyOf(traineeIds);
        trainerIds = trainerIds == null ? Set.of() : Set.copyOf(trainerIds);
    }
}
