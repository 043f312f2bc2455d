package org.kefuacademy.roleplay;

import java.time.Instant;
import java.util.Map;
import org.kefuacademy.platform.Competence;

/**
 * Published for every scored step of a role-play run (and again after a trainer's override): evidence
 * for each competence the step could earn or lose points in.
 */
public record RoleplayStepScored(long runId, long stepId, int stepSeq, long accountId, String scenarioKey, boolean assessed,
                                 Map<Competence, Integer> earned, Map<Competence, Integer> possible, Instant at) {

    public RoleplayStepScored {
        earned = Map.copyOf(earned);
        possible = Map.copyOf(possible);
    }
}
