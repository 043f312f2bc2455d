package org.kefuacademy.competence;

/**
 * How evidence becomes a level: a competence is demonstrated with at least {@code minimumEvidence}
 * items and a weighted score of at least {@code demonstratedPercent}; evidence loses half its weight
 * every {@code halfLifeDays}, so newer evidence outweighs older.
 */
public record ProfileRules(int demonstratedPercent, int developingPercent, int minimumEvidence, int halfLifeDays) {
    public static final ProfileRules DEFAULT = new ProfileRules(75, 60, 5, 14);
}
