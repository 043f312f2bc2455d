package org.kefuacademy.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.assessment.AttemptService;
import org.kefuacademy.assessment.ExamTaker;
import org.kefuacademy.competence.CompetenceService;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.curriculum.ModuleSummary;
import org.kefuacademy.curriculum.PageKind;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.Role;
import org.kefuacademy.records.WeeklySummaryService;
import org.kefuacademy.reports.OverdueTrainee.Reason;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard's figures on a cohort of three made here, every figure computed by hand: 甲 reads on
 * time, passes week 1 (100 %) and writes her summaries; 乙 scores 0 % and does nothing else; 丙 reads
 * three modules and writes week 1's summary only. Today is Tuesday of week 3 (training day 10).
 */
class HrDashboardServiceTest extends DatabaseTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    @Autowired
    HrDashboardService dashboard;
    @Autowired
    CohortService cohorts;
    @Autowired
    CurriculumService curriculum;
    @Autowired
    AttemptService attempts;
    @Autowired
    ExamTaker examTaker;
    @Autowired
    WeeklySummaryService summaries;
    @Autowired
    CompetenceService competences;
    @Autowired
    org.kefuacademy.curriculum.CohortReading reading;
    @Autowired
    org.kefuacademy.assessment.CohortAssessmentResults results;

    @Test
    void hr_sees_progress_week_results_weakest_competences_and_overdue_trainees_with_reasons() {
        World w = new World();
        signInAs(w.hr);
        CohortDashboard d = dashboard.dashboard(w.cohortId);

        CohortProgress p = d.progress();
        assertThat(p.trainees()).isEqualTo(3);
        assertThat(p.modules()).isEqualTo(16);
        assertThat(p.expected()).isEqualTo(9);                 // weeks 1–2 and Monday of week 3
        assertThat(p.averageCompleted()).isEqualTo(4.0);       // (9 + 0 + 3) / 3
        assertThat(p.position().phase()).isEqualTo(TrainingCalendar.Phase.IN_TRAINING);
        assertThat(p.position().dayIndex()).isEqualTo(10);
        assertThat(p.completedPercent()).isEqualTo(25);        // 4 of 16
        assertThat(p.expectedPercent()).isEqualTo(56);         // 9 of 16

        assertThat(d.weeks()).extracting(WeekFigures::week).containsExactly(1, 2, 3, 4, null);
        WeekFigures week1 = d.weeks().getFirst();
        assertThat(week1.trainees()).isEqualTo(3);
        assertThat(week1.takers()).isEqualTo(2);
        assertThat(week1.passed()).isEqualTo(1);
        assertThat(week1.passRatePercent()).isEqualTo(50);     // 1 of 2 with a result
        assertThat(week1.averagePercent()).isEqualTo(50.0);    // (100 + 0) / 2
        assertThat(d.weeks().get(1).takers()).isZero();
        assertThat(d.weeks().get(1).passRatePercent()).isNull();
        assertThat(d.weeks().get(1).averagePercent()).isNull();

        assertThat(d.overdue()).extracting(OverdueTrainee::name, OverdueTrainee::reason, OverdueTrainee::week)
                .containsExactlyInAnyOrder(
                        tuple("学员甲", Reason.ASSESSMENT, 2),
                        tuple("学员乙", Reason.READING, null),
                        tuple("学员乙", Reason.ASSESSMENT, 2),
                        tuple("学员乙", Reason.SUMMARY, 1),
                        tuple("学员乙", Reason.SUMMARY, 2),
                        tuple("学员丙", Reason.READING, null),
                        tuple("学员丙", Reason.ASSESSMENT, 1),
                        tuple("学员丙", Reason.ASSESSMENT, 2),
                        tuple("学员丙", Reason.SUMMARY, 2));
        OverdueTrainee reading = d.overdue().stream().filter(o -> o.name().equals("学员丙") && o.reason() == Reason.READING).findFirst()
                .orElseThrow();
        assertThat(reading.due()).isEqualTo(9);
        assertThat(reading.done()).isEqualTo(3);
        assertThat(reading.accountId()).isEqualTo(w.c.id());
        OverdueTrainee week2 = d.overdue().stream().filter(o -> o.reason() == Reason.ASSESSMENT && o.week() == 2).findFirst().orElseThrow();
        assertThat(week2.since()).isEqualTo(LocalDate.of(2026, 11, 12));
        OverdueTrainee summary = d.overdue().stream().filter(o -> o.reason() == Reason.SUMMARY && o.week() == 1).findFirst().orElseThrow();
        assertThat(summary.since()).isEqualTo(LocalDate.of(2026, 11, 5));

        // Reused from the competence heatmap: its three lowest, lowest first.
        assertThat(d.weakest()).isEqualTo(competences.heatmap(w.cohortId).weakest()).hasSizeLessThanOrEqualTo(3);
        assertThat(d.weakest()).isSortedAccordingTo(Comparator.comparingInt(org.kefuacademy.competence.CohortHeatmap.Weak::percent));

        assertThat(dashboard.overview()).filteredOn(c -> c.cohortId() == w.cohortId).singleElement()
                .extracting(CohortProgress::averageCompleted).isEqualTo(4.0);
    }

    @Test
    void a_trainer_sees_only_her_cohorts_and_a_trainee_nothing() {
        World w = new World();
        AccountSummary otherTrainer = newAccount("别班讲师", Role.TRAINER);
        AccountSummary otherTrainee = newAccount("别班学员", Role.TRAINEE);
        signInAs(w.hr);
        long other = cohorts.create(new CohortDraft(unique("别的批次"), START, Set.of(otherTrainee.id()), Set.of(otherTrainer.id())));

        signInAs(w.trainer);
        assertThat(dashboard.dashboard(w.cohortId).progress().trainees()).isEqualTo(3);
        assertThat(dashboard.pickable()).extracting(c -> c.id()).containsExactly(w.cohortId);
        assertThat(dashboard.overview()).extracting(CohortProgress::cohortId).containsExactly(w.cohortId);
        assertThatThrownBy(() -> dashboard.dashboard(other)).isInstanceOf(AccessDeniedException.class);

        signInAs(otherTrainer);
        assertThatThrownBy(() -> dashboard.dashboard(w.cohortId)).isInstanceOf(AccessDeniedException.class);
        // The aggregates the dashboard is made of refuse on their own too.
        assertThatThrownBy(() -> reading.ofCohort(w.cohortId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.ofCohort(w.cohortId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.readable(w.cohortId)).isInstanceOf(AccessDeniedException.class);
        assertThat(dashboard.overview()).extracting(CohortProgress::cohortId).doesNotContain(w.cohortId);

        signInAs(w.a);
        assertThatThrownBy(() -> dashboard.dashboard(w.cohortId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reading.ofCohort(w.cohortId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.overview()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void figures_of_several_cohorts_at_once_match_each_cohort_alone_and_a_trainer_gets_only_their_own() {
        World w = new World();
        signInAs(w.hr);
        long other = cohorts.create(new CohortDraft(unique("另一批次"), START.plusWeeks(1), Set.of(newAccount("另一学员", Role.TRAINEE).id()),
                Set.of()));
        List<org.kefuacademy.people.CohortSummary> both = List.of(cohorts.readable(w.cohortId), cohorts.readable(other));
        java.util.Map<Long, org.kefuacademy.curriculum.CohortReading.Figures> together = reading.ofCohorts(both);
        assertThat(together.keySet()).containsExactly(w.cohortId, other);
        assertThat(together.get(w.cohortId)).isEqualTo(reading.ofCohort(w.cohortId));
        assertThat(together.get(other)).isEqualTo(reading.ofCohort(other));
        assertThat(together.get(w.cohortId).byTrainee().get(w.a.id()).completed()).isEqualTo(9);

        signInAs(w.trainer);
        assertThat(reading.ofCohorts(List.of(cohorts.readable(w.cohortId)))).containsOnlyKeys(w.cohortId);
        assertThatThrownBy(() -> reading.ofCohorts(both)).isInstanceOf(AccessDeniedException.class);
    }

    /** The cohort and what each trainee did, made through the real services as each person. */
    private final class World {
        final AccountSummary hr = newAccount("人事专员", Role.HR);
        final AccountSummary trainer = newAccount("带班讲师", Role.TRAINER);
        final AccountSummary a = newAccount("学员甲", Role.TRAINEE);
        final AccountSummary b = newAccount("学员乙", Role.TRAINEE);
        final AccountSummary c = newAccount("学员丙", Role.TRAINEE);
        final long cohortId;

        World() {
            signInAs(hr);
            cohortId = cohorts.create(new CohortDraft(unique("看板批次"), START, Set.of(a.id(), b.id(), c.id()), Set.of(trainer.id())));
            List<String> modules = curriculum.catalogue().stream().filter(m -> m.kind() == PageKind.MODULE && m.active())
                    .sorted(Comparator.comparing(ModuleSummary::week).thenComparing(ModuleSummary::day)).map(ModuleSummary::key).toList();

            clock.setTo(LocalDateTime.of(2026, 11, 5, 10, 0));   // Thursday of week 1: the assessment opens
            signInAs(a);
            examTaker.takeWithRightAnswers("assessment-week1");
            signInAs(b);
            attempts.submit(attempts.start("assessment-week1"));

            clock.setTo(LocalDateTime.of(2026, 11, 17, 9, 0));   // Tuesday of week 3
            signInAs(a);
            modules.subList(0, 9).forEach(curriculum::complete);
            summaries.write(1, "第一周学习了公司概况和服务理念，对前台接待流程有了初步认识。");
            summaries.write(2, "第二周练习了报修登记和投诉受理，回访话术还要多练。");
            signInAs(c);
            modules.subList(0, 3).forEach(curriculum::complete);
            summaries.write(1, "第一周主要熟悉环境，物业服务的基本概念已经掌握。");
        }
    }
}
