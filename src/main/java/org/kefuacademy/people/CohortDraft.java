package org.kefuacademy.people;

import java.time.LocalDate;
import java.util.Set;

/** A cohort as its form submits it: name, start date and the accounts taking part. */
public record CohortDraft(String name, LocalDate startDate, Set<Long> traineeIds, Set<Long> trainerIds) {

    public CohortDraft {
        traineeIds = traineeIds == null ? Set.of() : Set.copyOf(traineeIds);
        trainerIds = trainerIds == null ? Set.of() : Set.copyOf(trainerIds);
    }
}
