package org.kefuacademy.competence;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kefuacademy.competence.domain.Evidence;
import org.kefuacademy.competence.domain.EvidenceRepository;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Profiles from the evidence ledger: one's own, a trainer's cohorts' trainees', anyone's for HR; a cohort's heatmap. */
@Service
@Transactional(readOnly = true)
public class CompetenceService {
    private final EvidenceRepository evidence;
    private final FrameworkSync frameworks;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessScope scope;

    CompetenceService(EvidenceRepository evidence, FrameworkSync frameworks, CohortService cohorts, CurrentUser currentUser,
                      Clock clock, AccessScope scope) {
        this.scope = scope;
        this.evidence = evidence;
        this.frameworks = frameworks;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The framework in use, for names and descriptions. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public java.util.Optional<CompetenceFramework> framework() {
        return frameworks.framework();
    }

    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public Profile myProfile() {
        var me = currentUser.require();
        return profile(me.accountId(), me.displayName());
    }

    /** A person's profile: HR and administrators anyone's, a trainer their cohorts' trainees'. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public Profile profileOf(long accountId, String name) {
        scope.requireReadable(accountId);
        return profile(accountId, name);
    }

    private Profile profile(long accountId, String name) {
        List<EvidenceItem> items = evidence.findByAccountIdOrderByRecordedAtDesc(accountId).stream().map(CompetenceService::item).toList();
        ProfileRules rules = rules();
        return new Profile(accountId, name, new ProfileCalculator(rules).profile(items, today()), rules);
    }

    /** A cohort's trainees × competences: HR and administrators any cohort, a trainer only one they train. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public CohortHeatmap heatmap(long cohortId) {
        cohorts.readable(cohortId);
        List<AccountSummary> trainees = cohorts.trainees(cohortId);
        ProfileRules rules = rules();
        ProfileCalculator calc = new ProfileCalculator(rules);
        LocalDate today = today();
        Map<Long, Map<Competence, double[]>> sums = new HashMap<>();
        if (!trainees.isEmpty()) {
            for (EvidenceRepository.DailySum d : evidence.dailySums(trainees.stream().map(AccountSummary::id).toList())) {
                double w = calc.weight(d.getDay(), today);
                double[] s = sums.computeIfAbsent(d.getAccountId(), k -> new EnumMap<>(Competence.class))
                        .computeIfAbsent(Competence.byId(d.getCompetence()).orElseThrow(), k -> new double[3]);
                s[0] += d.getItems();
                s[1] += w * d.getEarned().doubleValue();
                s[2] += w * d.getPossible().doubleValue();
            }
        }
        List<CohortHeatmap.Row> rows = new ArrayList<>();
        Map<Competence, double[]> cohortSums = new EnumMap<>(Competence.class);
        Map<Competence, Integer> below = new EnumMap<>(Competence.class);
        for (AccountSummary t : trainees) {
            Map<Competence, double[]> mine = sums.getOrDefault(t.id(), Map.of());
            List<CompetenceStanding> standings = new ArrayList<>();
            for (Competence c : Competence.values()) {
                double[] s = mine.getOrDefault(c, new double[3]);
                CompetenceStanding st = calc.standing(c, (int) s[0], s[1], s[2], List.of());
                standings.add(st);
                double[] all = cohortSums.computeIfAbsent(c, k -> new double[2]);
                all[0] += s[1];
                all[1] += s[2];
                if (st.percent() != null && st.percent() < rules.demonstratedPercent()) {
                    below.merge(c, 1, Integer::sum);
                }
            }
            rows.add(new CohortHeatmap.Row(t.id(), t.displayName(), standings));
        }
        List<CohortHeatmap.Weak> weakest = cohortSums.entrySet().stream().filter(e -> e.getValue()[1] > 0)
                .map(e -> new CohortHeatmap.Weak(e.getKey(), (int) Math.max(0, Math.round(100 * e.getValue()[0] / e.getValue()[1])),
                        below.getOrDefault(e.getKey(), 0)))
                .sorted(Comparator.comparingInt(CohortHeatmap.Weak::percent)).limit(3).toList();
        return new CohortHeatmap(cohortId, rows, weakest, rules);
    }

    private ProfileRules rules() {
        return frameworks.framework().map(CompetenceFramework::rules).orElse(ProfileRules.DEFAULT);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static EvidenceItem item(Evidence e) {
        return new EvidenceItem(e.getId(), Competence.byId(e.getCompetence()).orElseThrow(), e.getSourceKind(), e.getLabel(),
                e.getEarned().doubleValue(), e.getPossible().doubleValue(), e.getRecordedAt());
    }
}
