package org.kefuacademy.observation;

import java.time.Instant;

/** Published once per recorded observation (after its items): the final assessment may now be complete. */
public record ObservationRecorded(long observationId, long accountId, String checklistKey, Checklist.Category category,
                                  int percent, Instant at) {
}
