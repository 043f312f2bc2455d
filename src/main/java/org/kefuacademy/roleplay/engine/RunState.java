package org.kefuacademy.roleplay.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.kefuacademy.platform.Competence;

/**
 * Where a run stands: the current node, the mood, points earned and points that could have been
 * earned per competence, flags, and the last reply's completeness. Immutable; each step makes a new one.
 */
public record RunState(String nodeId, int mood, Map<Competence, Integer> earned, Map<Competence, Integer> possible,
                       Set<String> flags, int lastReplyPercent, int decisions, boolean finished) {

    public RunState {
        earned = copy(earned);
        possible = copy(possible);
        flags = Set.copyOf(flags);
    }

    private static Map<Competence, Integer> copy(Map<Competence, Integer> map) {
        Map<Competence, Integer> copy = new EnumMap<>(Competence.class);
        copy.putAll(map);
        return java.util.Collections.unmodifiableMap(copy);
    }

    public int points(Competence competence) {
        return earned.getOrDefault(competence, 0);
    }

    public int totalPoints() {
        return earned.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalPossible() {
        return possible.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Earned over possible, 0–100 (a competence with nothing possible scores nothing). */
    public int percent(Competence competence) {
        return percent(points(competence), possible.getOrDefault(competence, 0));
    }

    public int totalPercent() {
        return percent(totalPoints(), totalPossible());
    }

    static int percent(int earned, int possible) {
        if (possible <= 0) {
            return 0;
        }
        return (int) Math.max(0, Math.min(100, Math.round(100.0 * earned / possible)));
    }
}
