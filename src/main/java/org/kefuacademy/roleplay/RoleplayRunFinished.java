package org.kefuacademy.roleplay;

import java.time.Instant;

/** Published when a run reaches an ending; assessed runs count towards the final assessment's practical part. */
public record RoleplayRunFinished(long runId, long accountId, String scenarioKey, boolean assessed, String endingKind,
                                  int scorePercent, Instant at) {
}
