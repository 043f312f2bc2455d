package org.kefuacademy.observation;

import java.time.Instant;

/** One recorded observation in a list. */
public record ObservationSummary(long id, long accountId, String checklistKey, String checklistTitle, Checklist.Category category,
                                 long observerId, Instant observedAt, int earned, int possible, int percent, String comment) {
}
