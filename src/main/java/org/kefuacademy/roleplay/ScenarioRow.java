package org.kefuacademy.roleplay;

import java.time.Instant;

/** A scenario in the trainers' list: what it is and whether it is in use. */
public record ScenarioRow(String key, String title, String channel, int week, boolean assessed, int decisions,
                          boolean active, Instant updatedAt, boolean editedInApp) {
}
