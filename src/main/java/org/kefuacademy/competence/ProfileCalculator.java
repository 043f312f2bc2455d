package org.kefuacademy.competence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Competence;

/**
 * Computes a profile from evidence by the framework's rules. Weights go by whole days (UTC) so that a
 * person's profile and a cohort's heatmap, which sums evidence per day in the database, agree exactly.
 * Plain Java.
 */
public final class ProfileCalculator {
    private final ProfileRules rules;

    public ProfileCalculator(ProfileRules rules) {
        this.rules = rules;
    }

    /** Weight of evidence recorded on {@code day} as seen {@code today}: halves every half-life. */
    public double weight(LocalDate day, LocalDate today) {
        long age = Math.max(0, ChronoUnit.DAYS.between(day, today));
        return Math.pow(0.5, age / (double) rules.halfLifeDays());
    }

    /** One standing per competence, in the framework's order, from a person's evidence. */
    public List<CompetenceStanding> profile(List<EvidenceItem> evidence, LocalDate today) {
        Map<Competence, List<CompetenceStanding.Weighted>> byCompetence = new EnumMap<>(Competence.class);
        for (EvidenceItem item : evidence) {
            double w = weight(LocalDate.ofInstant(item.recordedAt(), ZoneOffset.UTC), today);
            byCompetence.computeIfAbsent(item.competence(), c -> new ArrayList<>()).add(new CompetenceStanding.Weighted(item, w));
        }
        List<CompetenceStanding> standings = new ArrayList<>();
        for (Competence c : Competence.values()) {
            List<CompetenceStanding.Weighted> items = byCompetence.getOrDefault(c, List.of());
            double earned = items.stream().mapToDouble(x -> x.weight() * x.item().earned()).sum();
            double possible = items.stream().mapToDouble(x -> x.weight() * x.item().possible()).sum();
            standings.add(standing(c, items.size(), earned, possible, items));
        }
        return standings;
    }

    /** A standing from sums already weighted (the heatmap's aggregate query). */
    public CompetenceStanding standing(Competence c, int items, double weightedEarned, double weightedPossible,
                                       List<CompetenceStanding.Weighted> evidence) {
        Integer percent = weightedPossible > 0
                ? (int) Math.max(0, Math.min(100, Math.round(100 * weightedEarned / weightedPossible))) : null;
        return new CompetenceStanding(c, items, weightedEarned, weightedPossible, percent, level(items, percent), evidence);
    }

    private CompetenceStanding.Level level(int items, Integer percent) {
        if (items < rules.minimumEvidence() || percent == null) {
            return CompetenceStanding.Level.NOT_ENOUGH_EVIDENCE;
        }
        if (percent >= rules.demonstratedPercent()) {
            return CompetenceStanding.Level.DEMONSTRATED;
        }
        return percent >= rules.developingPercent() ? CompetenceStanding.Level.APPROACHING : CompetenceStanding.Level.DEVELOPING;
    }
}
