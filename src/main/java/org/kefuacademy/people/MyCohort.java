package org.kefuacademy.people;

import java.util.List;

/**
 * A cohort seen by one of its members: where it stands today, who teaches it, and whether a
 * week's assessment waits for that week's modules to be completed.
 */
public record MyCohort(CohortSummary cohort, TrainingCalendar.Position today, List<String> trainerNames,
                       boolean asTrainer, boolean assessmentNeedsModules) {
}
