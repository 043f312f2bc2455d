package org.kefuacademy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kefuacademy.assessment.AttemptResults;
import org.kefuacademy.assessment.ExamTaker;
import org.kefuacademy.assessment.GradingService;
import org.kefuacademy.assessment.GradingTask;
import org.kefuacademy.assessment.TraineeAssessments;
import org.kefuacademy.certificate.CertificateRow;
import org.kefuacademy.certificate.CertificateService;
import org.kefuacademy.certificate.FinalAssessmentService;
import org.kefuacademy.competence.CohortHeatmap;
import org.kefuacademy.competence.CompetenceService;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.observation.Checklist;
import org.kefuacademy.observation.ObservationService;
import org.kefuacademy.observation.ObservationSummary;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Role;
import org.kefuacademy.records.PersonRecordService;
import org.kefuacademy.records.SummaryWeek;
import org.kefuacademy.records.WeeklySummaryService;
import org.kefuacademy.roleplay.Debrief;
import org.kefuacademy.roleplay.RoleplayService;
import org.kefuacademy.roleplay.RunReviewService;
import org.kefuacademy.roleplay.RunSummary;
import org.kefuacademy.roleplay.ScenarioAuthoring;
import org.kefuacademy.roleplay.engine.TestScenarios;
import org.kefuacademy.testsupport.DatabaseTest;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Trainers see only their own cohorts, trainees only themselves, HR everyone — checked in the services.
 * Two cohorts: A (trainer tA; xA certified with real records, yA's final exam awaiting grading) and
 * B (trainer tB; xB, yB the same). Every door to a person's records is tried by each role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnCohortAccessTest extends DatabaseTest {
    @Autowired ExamTaker exams;
    @Autowired AttemptResults results;
    @Autowired TraineeAssessments assessments;
    @Autowired GradingService grading;
    @Autowired RoleplayService roleplay;
    @Autowired RunReviewService runReviews;
    @Autowired ScenarioAuthoring authoring;
    @Autowired ObservationService observations;
    @Autowired FinalAssessmentService finals;
    @Autowired CertificateService certificates;
    @Autowired CompetenceService competences;
    @Autowired CurriculumService curriculum;
    @Autowired WeeklySummaryService summaries;
    @Autowired PersonRecordService records;
    @Autowired CohortService cohorts;
    @Autowired AccessScope scope;

    /** A certified trainee and the ids of their records. */
    record Person(AccountSummary account, long cohortId, long attemptId, long runId, long certificateId, long summaryId) {
        long id() {
            return account.id();
        }
    }

    /** A way into one person's records, what it should show for them, and whether trainees may use it at all. */
    record Door(String name, Function<Person, Object> open, Function<Person, Object> expected, boolean forTrainees) {
        @Override
        public String toString() {
            return name;
        }
    }

    private AccountSummary hr;
    private AccountSummary trainerA;
    private AccountSummary trainerB;
    private Person xA;
    private Person xB;
    private AccountSummary yA;
    private AccountSummary yB;
    private long pendingA;
    private long pendingB;

    @BeforeAll
    void twoCohortsWithRealRecords() {
        hr = newAccount("人事赵", Role.HR);
        trainerA = newAccount("讲师甲", Role.TRAINER);
        trainerB = newAccount("讲师乙", Role.TRAINER);
        AccountSummary a = newAccount("甲班学员", Role.TRAINEE);
        AccountSummary b = newAccount("乙班学员", Role.TRAINEE);
        yA = newAccount("甲班待批", Role.TRAINEE);
        yB = newAccount("乙班待批", Role.TRAINEE);
        signInAs(hr);
        LocalDate start = LocalDate.of(2026, 11, 2);
        long cohortA = cohorts.create(new CohortDraft(unique("甲批次"), start, Set.of(a.id(), yA.id()), Set.of(trainerA.id())));
        long cohortB = cohorts.create(new CohortDraft(unique("乙批次"), start, Set.of(b.id(), yB.id()), Set.of(trainerB.id())));
        clock.setTo(LocalDateTime.of(2026, 11, 26, 9, 0));
        xA = certified(a, cohortA, trainerA);
        xB = certified(b, cohortB, trainerB);
        signInAs(yA);
        pendingA = exams.takeWithRightAnswers(FinalAssessmentService.FINAL_EXAM);
        signInAs(yB);
        pendingB = exams.takeWithRightAnswers(FinalAssessmentService.FINAL_EXAM);
    }

    /** A graded final exam, three assessed role-plays, every checklist observed, a weekly summary: certified. */
    private Person certified(AccountSummary trainee, long cohortId, AccountSummary trainer) {
        signInAs(trainee);
        long attempt = exams.takeWithRightAnswers(FinalAssessmentService.FINAL_EXAM);
        long summary = summaries.write(1, "第一周熟悉了报修流程和接听规范。").summaryId();
        signInAs(trainer);
        exams.gradeShortAnswersInFull(attempt);
        long run = 0;
        for (int i = 0; i < 3; i++) {
            signInAs(trainer);
            String key = "own-" + unique("s").replace('.', '-').toLowerCase();
            authoring.create(key, TestScenarios.CALL.replace("id: t\n", "id: " + key + "\nassessed: true\n"));
            signInAs(trainee);
            run = roleplay.start(key, true);
            roleplay.choose(run, "ring", 0);
            roleplay.choose(run, "listen", 2);
            assertThat(roleplay.reply(run, "reply", "非常抱歉，我十分钟内给您回电话。").finished()).isTrue();
        }
        signInAs(trainer);
        for (Checklist c : observations.checklists()) {
            Map<Integer, Integer> scores = new HashMap<>();
            c.items().forEach(i -> scores.put(i.no(), i.max()));
            observations.record(trainee.id(), c.id(), scores, Map.of(), "表现稳定");
        }
        signInAs(hr);
        List<CertificateRow> held = certificates.ofAccount(trainee.id());
        assertThat(held).as("issued automatically after the last record").hasSize(1);
        return new Person(trainee, cohortId, attempt, run, held.getFirst().id(), summary);
    }

    Stream<Door> doors() {
        return Stream.of(
                new Door("attempt result", p -> results.result(p.attemptId()).attemptId(), Person::attemptId, true),
                new Door("best final percent", p -> results.bestGradedPercent(p.id(), FinalAssessmentService.FINAL_EXAM)
                        .orElseThrow().intValue(), p -> 100, true),
                new Door("attempts of a person", p -> assessments.attemptsOf(p.id()).stream().map(s -> s.id()).toList(),
                        p -> List.of(p.attemptId()), false),
                new Door("role-play run", p -> roleplay.view(p.runId()).runId(), Person::runId, true),
                new Door("debrief", p -> runReviews.debrief(p.runId()).accountId(), Person::id, true),
                new Door("runs of a person", p -> runReviews.runsOf(p.id()).stream().map(RunSummary::accountId).distinct().toList(),
                        p -> List.of(p.id()), false),
                new Door("best assessed role-plays", p -> roleplay.bestAssessed(p.id()).size(), p -> 3, true),
                new Door("observations", p -> observations.of(p.id()).stream().map(ObservationSummary::accountId).distinct().toList(),
                        p -> List.of(p.id()), true),
                new Door("final result", p -> finals.result(p.id()).passed() ? p.id() : -1L, Person::id, true),
                new Door("certificates of a person", p -> certificates.ofAccount(p.id()).stream().map(CertificateRow::accountId).toList(),
                        p -> List.of(p.id()), false),
                new Door("certificate PDF", p -> pdfText(certificates.pdf(p.certificateId())).contains(p.account().displayName()),
                        p -> true, true),
                new Door("competence profile", p -> competences.profileOf(p.id(), p.account().displayName()).accountId(), Person::id, false),
                new Door("reading progress", p -> curriculum.progressOf(p.id()).modules() > 0, p -> true, false),
                new Door("weekly summaries", p -> summaries.ofPerson(p.id(), p.account().displayName()).stream()
                        .filter(w -> w.summaryId() != null).map(SummaryWeek::summaryId).toList(), p -> List.of(p.summaryId()), false),
                new Door("person record", p -> records.record(p.id()).person().id(), Person::id, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doors")
    void a_trainer_opens_her_cohorts_trainee_and_is_refused_the_other_cohorts(Door door) {
        signInAs(trainerA);
        assertThat(door.open().apply(xA)).isEqualTo(door.expected().apply(xA));
        assertThatThrownBy(() -> door.open().apply(xB)).isInstanceOf(AccessDeniedException.class);
        signInAs(trainerB);
        assertThat(door.open().apply(xB)).isEqualTo(door.expected().apply(xB));
        assertThatThrownBy(() -> door.open().apply(xA)).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doors")
    void a_trainee_opens_only_her_own(Door door) {
        signInAs(xA.account());
        if (door.forTrainees()) {
            assertThat(door.open().apply(xA)).isEqualTo(door.expected().apply(xA));
        }
        assertThatThrownBy(() -> door.open().apply(xB)).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doors")
    void hr_opens_both_cohorts(Door door) {
        signInAs(hr);
        assertThat(door.open().apply(xA)).isEqualTo(door.expected().apply(xA));
        assertThat(door.open().apply(xB)).isEqualTo(door.expected().apply(xB));
    }

    @Test
    void the_grading_queue_holds_only_the_trainers_own_trainees_answers_and_others_cannot_be_graded() {
        signInAs(trainerA);
        List<GradingTask> queueA = grading.queue(200);
        assertThat(queueA).extracting(GradingTask::attemptId).containsOnly(pendingA).hasSize(2);
        assertThat(queueA).extracting(GradingTask::traineeName).containsOnly("甲班待批");
        signInAs(trainerB);
        List<GradingTask> queueB = grading.queue(200);
        assertThat(queueB).extracting(GradingTask::attemptId).containsOnly(pendingB).hasSize(2);
        GradingTask other = queueB.getFirst();
        List<Integer> full = other.question().rubric().stream().map(r -> r.points()).toList();

        signInAs(trainerA);
        assertThatThrownBy(() -> grading.grade(other.answerId(), full, "越权")).isInstanceOf(AccessDeniedException.class);
        signInAs(trainerB);
        assertThat(grading.queue(200)).as("still waiting for its own trainer").extracting(GradingTask::answerId)
                .contains(other.answerId());
    }

    @Test
    void the_run_list_holds_only_the_trainers_own_trainees_runs_and_others_cannot_be_reviewed() {
        signInAs(trainerA);
        assertThat(runReviews.finishedRuns(0, 100)).extracting(RunSummary::accountId).containsOnly(xA.id());
        assertThat(runReviews.countFinishedRuns()).isEqualTo(3);
        Debrief.StepDetail scoredStepOfB = scoredStepOf(xB);
        Competence scored = scoredStepOfB.points().getFirst().competence();
        signInAs(trainerA);
        assertThatThrownBy(() -> runReviews.comment(scoredStepOfB.stepId(), "越权点评")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runReviews.override(scoredStepOfB.stepId(), scored, 0, "越权改分"))
                .isInstanceOf(AccessDeniedException.class);
        signInAs(hr);
        assertThat(runReviews.countFinishedRuns()).isGreaterThanOrEqualTo(6);
        assertThat(runReviews.debrief(xB.runId()).steps()).as("nothing written by the refused review")
                .allSatisfy(s -> assertThat(s.reviews()).isEmpty());
    }

    @Test
    void cohort_level_views_offer_and_open_only_the_trainers_own_cohort() {
        signInAs(trainerA);
        assertThat(scope.readableCohorts()).extracting(CohortSummary::id).containsExactly(xA.cohortId());
        assertThat(cohorts.traineeIdsOfMyCohorts()).containsExactlyInAnyOrder(xA.id(), yA.id());
        assertThat(competences.heatmap(xA.cohortId()).rows()).extracting(CohortHeatmap.Row::accountId)
                .containsExactlyInAnyOrder(xA.id(), yA.id());
        assertThatThrownBy(() -> competences.heatmap(xB.cohortId())).isInstanceOf(AccessDeniedException.class);
        assertThat(certificates.ofCohort(xA.cohortId())).extracting(CertificateRow::accountId).containsExactly(xA.id());
        assertThatThrownBy(() -> certificates.ofCohort(xB.cohortId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.trainees(xB.cohortId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.search("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(scope.readablePeople()).contains(Set.of(trainerA.id(), xA.id(), yA.id()));

        signInAs(hr);
        assertThat(competences.heatmap(xB.cohortId()).rows()).extracting(CohortHeatmap.Row::accountId)
                .containsExactlyInAnyOrder(xB.id(), yB.id());
        assertThat(scope.readablePeople()).isEmpty();
    }

    @Test
    void a_trainer_cannot_search_every_person_observe_or_comment_on_another_cohorts_trainee() {
        signInAs(trainerA);
        assertThatThrownBy(() -> accountService.searchByRole(Role.TRAINEE, "", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        Checklist c = observations.checklists().getFirst();
        Map<Integer, Integer> scores = new HashMap<>();
        c.items().forEach(i -> scores.put(i.no(), 0));
        assertThatThrownBy(() -> observations.record(xB.id(), c.id(), scores, Map.of(), "越权观察"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.comment(xB.summaryId(), "越权评语")).isInstanceOf(AccessDeniedException.class);
        summaries.comment(xA.summaryId(), "流程掌握得扎实，继续保持。");
        assertThat(summaries.ofPerson(xA.id(), "甲班学员")).filteredOn(w -> w.week() == 1).extracting(SummaryWeek::comment)
                .containsExactly("流程掌握得扎实，继续保持。");

        signInAs(hr);
        assertThat(observations.of(xB.id())).as("nothing stored for the refused observation")
                .hasSize(observations.checklists().size());
        assertThat(summaries.ofPerson(xB.id(), "乙班学员")).filteredOn(w -> w.week() == 1).extracting(SummaryWeek::comment)
                .containsOnlyNulls();
    }

    private Debrief.StepDetail scoredStepOf(Person p) {
        signInAs(hr);
        return runReviews.debrief(p.runId()).steps().stream().filter(s -> !s.points().isEmpty()).findFirst().orElseThrow();
    }

    private static String pdfText(byte[] pdf) {
        try {
            return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
