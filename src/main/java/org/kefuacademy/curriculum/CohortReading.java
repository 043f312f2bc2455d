package org.kefuacademy.curriculum;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kefuacademy.curriculum.domain.CurriculumModule;
import org.kefuacademy.curriculum.domain.CurriculumModuleRepository;
import org.kefuacademy.curriculum.domain.ModuleProgressRepository;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cohort's reading in figures (for the HR dashboard): per trainee, modules completed and how many
 * of those due before today, from one aggregate query. Access as {@link CohortService#readable(long)}.
 */
@Service
@Transactional(readOnly = true)
public class CohortReading {
    private final CurriculumModuleRepository modules;
    private final ModuleProgressRepository progress;
    private final CohortService cohorts;
    private final Clock clock;

    CohortReading(CurriculumModuleRepository modules, ModuleProgressRepository progress, CohortService cohorts, Clock clock) {
        this.modules = modules;
        this.progress = progress;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** The figures of one person. */
    public record Tally(long accountId, int completed, int completedExpected) {
    }

    /**
     * {@code modules}: modules in the curriculum; {@code expected}: those whose training day is before
     * today; {@code byTrainee}: every trainee of the cohort (zero when nothing is completed).
     */
    public record Figures(long cohortId, int modules, int expected, Map<Long, Tally> byTrainee) {
        public Figures {
            byTrainee = Map.copyOf(byTrainee);
        }
    }

    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public Figures ofCohort(long cohortId) {
        CohortSummary cohort = cohorts.readable(cohortId);
        TrainingCalendar calendar = cohort.calendar();
        LocalDate today = LocalDate.now(clock);
        List<CurriculumModule> inUse = modules.findActive(PageKind.MODULE.id());
        List<String> keys = inUse.stream().map(CurriculumModule::getContentKey).toList();
        List<String> expected = inUse.stream()
                .filter(m -> m.getWeekNo() != null && m.getDayNo() != null
                        && calendar.dateOf(m.getWeekNo(), m.getDayNo()).isBefore(today))
                .map(CurriculumModule::getContentKey).toList();
        List<Long> ids = cohorts.trainees(cohortId).stream().map(AccountSummary::id).toList();
        Map<Long, Tally> tallies = new HashMap<>();
        ids.forEach(id -> tallies.put(id, new Tally(id, 0, 0)));
        if (!ids.isEmpty() && !keys.isEmpty()) {
            // An empty IN list is not valid SQL everywhere: a key no module has stands in for "none".
            List<String> due = expected.isEmpty() ? List.of("(none)") : expected;
            for (Object[] row : progress.completedCounts(ids, keys, due)) {
                long id = ((Number) row[0]).longValue();
                tallies.put(id, new Tally(id, ((Number) row[1]).intValue(), row[2] == null ? 0 : ((Number) row[2]).intValue()));
            }
        }
        return new Figures(cohortId, keys.size(), expected.size(), tallies);
    }

    /**
     * {@link #ofCohort} for several cohorts (the dashboard's overview), in three queries whatever their
     * number; the cohorts' calendars are those of the summaries given. Access as
     * {@link CohortService#traineeIdsByCohort}. Keyed by cohort id, in the order given.
     */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public Map<Long, Figures> ofCohorts(List<CohortSummary> summaries) {
        Map<Long, List<Long>> trainees = cohorts.traineeIdsByCohort(summaries.stream().map(CohortSummary::id).toList());
        LocalDate today = LocalDate.now(clock);
        List<CurriculumModule> inUse = modules.findActive(PageKind.MODULE.id());
        List<String> keys = inUse.stream().map(CurriculumModule::getContentKey).toList();
        List<Long> everyone = trainees.values().stream().flatMap(List::stream).toList();
        Map<Long, Set<String>> completed = new HashMap<>();
        if (!everyone.isEmpty() && !keys.isEmpty()) {
            for (Object[] row : progress.completedKeys(everyone, keys)) {
                completed.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashSet<>()).add((String) row[1]);
            }
        }
        Map<Long, Figures> figures = new LinkedHashMap<>();
        for (CohortSummary cohort : summaries) {
            TrainingCalendar calendar = cohort.calendar();
            Set<String> expected = inUse.stream()
                    .filter(m -> m.getWeekNo() != null && m.getDayNo() != null && calendar.dateOf(m.getWeekNo(), m.getDayNo()).isBefore(today))
                    .map(CurriculumModule::getContentKey).collect(Collectors.toSet());
            Map<Long, Tally> tallies = new HashMap<>();
            for (long id : trainees.getOrDefault(cohort.id(), List.of())) {
                Set<String> done = completed.getOrDefault(id, Set.of());
                tallies.put(id, new Tally(id, done.size(), (int) done.stream().filter(expected::contains).count()));
            }
            figures.put(cohort.id(), new Figures(cohort.id(), keys.size(), expected.size(), tallies));
        }
        return figures;
    }
}
