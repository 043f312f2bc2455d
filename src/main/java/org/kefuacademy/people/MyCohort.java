package org.kefuacademy.people;

import java.util.List;

/** A cohort seen by one of its members: where it stands today and who teaches it. */
public record MyCohort(CohortSummary cohort, TrainingCalendar.Position today, List<String> trainerNames,
                       boolean asTrainer) {
}
