package org.kefuacademy.competence;

import java.util.List;
import org.kefuacademy.platform.Competence;

/**
 * A person's standing in one competence: how many items, the weighted sums, the percent and level,
 * and each item with its weight, so that every figure can be traced back to its evidence.
 */
public record CompetenceStanding(Competence competence, int items, double weightedEarned, double weightedPossible,
                                 Integer percent, Level level, List<Weighted> evidence) {

    public CompetenceStanding {
        evidence = List.copyOf(evidence);
    }

    public enum Level {
        NOT_ENOUGH_EVIDENCE, DEVELOPING, APPROACHING, DEMONSTRATED;

        public String labelKey() {
            return "competence.level." + name().toLowerCase().replace('_', '-');
        }
    }

    /** An item and the weight its age gives it. */
    public record Weighted(EvidenceItem item, double weight) {
    }
}
