package org.kefuacademy.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Competence;

/** Profiles from evidence, against figures worked out by hand (rules: 75 % over ≥ 5 items, half-life 14 days). */
class ProfileCalculatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final ProfileCalculator calc = new ProfileCalculator(new ProfileRules(75, 60, 5, 14));
    private long ids;

    private EvidenceItem item(Competence c, double earned, double possible, int daysAgo) {
        Instant at = TODAY.minusDays(daysAgo).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
        return new EvidenceItem(++ids, c, "QUESTION", "q" + ids, earned, possible, at);
    }

    private CompetenceStanding standing(List<EvidenceItem> items, Competence c) {
        return calc.profile(items, TODAY).stream().filter(s -> s.competence() == c).findFirst().orElseThrow();
    }

    @Test
    void weight_halves_every_half_life() {
        assertThat(calc.weight(TODAY, TODAY)).isEqualTo(1.0);
        assertThat(calc.weight(TODAY.minusDays(14), TODAY)).isEqualTo(0.5);
        assertThat(calc.weight(TODAY.minusDays(28), TODAY)).isEqualTo(0.25);
        assertThat(calc.weight(TODAY.minusDays(7), TODAY)).isCloseTo(0.7071, within(0.0001));
        assertThat(calc.weight(TODAY.plusDays(1), TODAY)).as("never above 1").isEqualTo(1.0);
    }

    @Test
    void five_items_at_exactly_the_threshold_demonstrate_the_competence() {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(item(Competence.COMPLAINTS, 3, 4, 0));
        }
        CompetenceStanding s = standing(items, Competence.COMPLAINTS);
        assertThat(s.items()).isEqualTo(5);
        assertThat(s.weightedEarned()).isEqualTo(15.0);
        assertThat(s.weightedPossible()).isEqualTo(20.0);
        assertThat(s.percent()).isEqualTo(75);
        assertThat(s.level()).isEqualTo(CompetenceStanding.Level.DEMONSTRATED);
        assertThat(s.evidence()).hasSize(5).allSatisfy(w -> assertThat(w.weight()).isEqualTo(1.0));
    }

    @Test
    void four_perfect_items_are_not_enough_evidence() {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            items.add(item(Competence.SAFETY, 2, 2, 0));
        }
        CompetenceStanding s = standing(items, Competence.SAFETY);
        assertThat(s.percent()).isEqualTo(100);
        assertThat(s.level()).isEqualTo(CompetenceStanding.Level.NOT_ENOUGH_EVIDENCE);
    }

    @Test
    void newer_evidence_outweighs_older() {
        // Two weeks ago: 4 items all wrong (0/2 each, weight 0.5). Today: one item right (2/2, weight 1).
        // Weighted: earned 2, possible 0.5×8 + 2 = 6 → 33 %. Unweighted it would be 2/10 = 20 %.
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            items.add(item(Competence.EMERGENCY, 0, 2, 14));
        }
        items.add(item(Competence.EMERGENCY, 2, 2, 0));
        CompetenceStanding s = standing(items, Competence.EMERGENCY);
        assertThat(s.weightedEarned()).isEqualTo(2.0);
        assertThat(s.weightedPossible()).isEqualTo(6.0);
        assertThat(s.percent()).isEqualTo(33);
        assertThat(s.level()).isEqualTo(CompetenceStanding.Level.DEVELOPING);
    }

    @Test
    void between_the_developing_and_demonstrated_marks_is_approaching() {
        // 3/4 today (w 1) + 4 × 1/2 a week ago (w 0.7071): earned 3 + 2.8284 = 5.8284, possible 4 + 5.6569 = 9.6569 → 60 %.
        List<EvidenceItem> items = new ArrayList<>(List.of(item(Competence.PROCESSES, 3, 4, 0)));
        for (int i = 0; i < 4; i++) {
            items.add(item(Competence.PROCESSES, 1, 2, 7));
        }
        CompetenceStanding s = standing(items, Competence.PROCESSES);
        assertThat(s.weightedEarned()).isCloseTo(5.8284, within(0.0001));
        assertThat(s.weightedPossible()).isCloseTo(9.6569, within(0.0001));
        assertThat(s.percent()).isEqualTo(60);
        assertThat(s.level()).isEqualTo(CompetenceStanding.Level.APPROACHING);
    }

    @Test
    void penalties_never_push_a_percent_below_zero_and_competences_without_evidence_have_none() {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(item(Competence.ETIQUETTE, -2, 1, 0));
        }
        List<CompetenceStanding> profile = calc.profile(items, TODAY);
        assertThat(profile).hasSize(Competence.values().length);
        assertThat(standing(items, Competence.ETIQUETTE).percent()).isZero();
        CompetenceStanding none = standing(items, Competence.TEAMWORK);
        assertThat(none.items()).isZero();
        assertThat(none.percent()).isNull();
        assertThat(none.level()).isEqualTo(CompetenceStanding.Level.NOT_ENOUGH_EVIDENCE);
    }
}
