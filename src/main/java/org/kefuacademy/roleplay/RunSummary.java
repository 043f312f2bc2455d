package org.kefuacademy.roleplay;

import java.time.Instant;

/** One run in a list (own history, or the trainers' review list). */
public record RunSummary(long runId, long accountId, String personName, String scenarioKey, String scenarioTitle,
                         boolean assessed, Instant startedAt, Instant finishedAt, String endingKind, Integer scorePercent,
                         int steps) {
}
