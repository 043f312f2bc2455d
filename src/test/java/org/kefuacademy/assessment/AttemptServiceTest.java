package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.assessment.AssessmentOverview.Availability;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.testsupport.DatabaseTest;
import org.kefuacademy.testsupport.GradedAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class AttemptServiceTest extends DatabaseTest {
    /** The cohort starts on Monday 2 November; week 1 ends on Thursday 5 November; the final day is 26 November. */
    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private static final String WEEK1 = "assessment-week1";

    @Autowired
    AttemptService service;
    @Autowired
    TraineeAssessments trainee;
    @Autowired
    AttemptResults results;
    @Autowired
    CohortService cohorts;
    @Autowired
    QuestionBanks banks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GradedAnswers graded;

    private AccountSummary me;

    /** The trainer of the cohort the last enrolled trainee is in. */
    private AccountSummary myTrainer;

    @BeforeEach
    void traineeInACohort() {
        me = enrol(false);
        clock.setTo(LocalDateTime.of(2026, 11, 5, 10, 0));
    }

    private AccountSummary enrol(boolean modulesFirst) {
        AccountSummary t = newAccount("考生", Role.TRAINEE);
        myTrainer = newAccount("讲师", Role.TRAINER);
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("测评批次"), START, Set.of(t.id()), Set.of(myTrainer.id()), modulesFirst));
        signInAs(t);
        return t;
    }

    private AssessmentOverview overview(String key) {
        return trainee.mine().stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    /** The right answer to a question on the sheet, worked out from its file. */
    private Response correct(long attemptId, int position) {
        String q = jdbc.queryForObject("select question_id from attempt_answer where attempt_id = ? and position_no = ?",
                String.class, attemptId, position);
        Long version = jdbc.queryForObject("select bank_version_id from attempt_answer where attempt_id = ? and position_no = ?",
                Long.class, attemptId, position);
        Question question = banks.question(version, q);
        Response right = AnswerKey.right(question);
        // Typed answers as a person types them: a stray space and a full stop must not matter.
        return right instanceof Response.Text t && question.type() == QuestionType.FILL ? new Response.Text(" " + t.value() + "。")
                : right;
    }

    @Test
    void the_weekly_assessment_opens_at_the_end_of_its_week() {
        assertThat(overview(WEEK1).availability()).isEqualTo(Availability.OPEN);
        assertThat(overview(WEEK1).opensOn()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(overview("assessment-week2").availability()).isEqualTo(Availability.NOT_YET);
        assertThat(overview("assessment-final").opensOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        clock.setTo(LocalDateTime.of(2026, 11, 4, 18, 0));
        assertThat(overview(WEEK1).availability()).isEqualTo(Availability.NOT_YET);
        assertThatThrownBy(() -> service.start(WEEK1)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void starting_freezes_twenty_questions_and_starting_again_resumes_the_same_attempt() {
        long id = service.start(WEEK1);
        ExamSheet sheet = service.sheet(id);
        assertThat(sheet.questions()).hasSize(20);
        assertThat(sheet.questions()).extracting(ExamSheet.ExamQuestion::position).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(sheet.questions()).noneMatch(q -> q.type() == QuestionType.SHORT);
        assertThat(sheet.deadline()).isEqualTo(clock.instant().plusSeconds(30 * 60));
        assertThat(service.start(WEEK1)).isEqualTo(id);
        assertThat(overview(WEEK1).availability()).isEqualTo(Availability.IN_PROGRESS);
    }

    @Test
    void every_answer_is_saved_at_once_and_is_there_when_the_trainee_comes_back() {
        long id = service.start(WEEK1);
        Response first = correct(id, 1);
        service.save(id, 1, first);
        service.flag(id, 2, true);
        service.save(id, 3, correct(id, 3));
        service.save(id, 3, new Response.Text("换了主意")); // the latest answer wins

        clock.advanceSeconds(600);
        ExamSheet again = service.sheet(id); // a new session: nothing is held in memory between calls
        assertThat(again.questions().get(0).saved()).isEqualTo(first);
        assertThat(again.questions().get(1).flagged()).isTrue();
        assertThat(again.questions().get(2).saved()).isEqualTo(new Response.Text("换了主意"));
        assertThat(again.answered()).isEqualTo(2);

        service.save(id, 3, new Response.Text("  ")); // cleared again
        assertThat(service.sheet(id).questions().get(2).saved()).isNull();
        assertThat(service.sheet(id).answered()).isEqualTo(1);
    }

    @Test
    void all_right_answers_score_full_marks_and_pass_with_explanations_and_competences_in_the_review() {
        long id = service.start(WEEK1);
        for (int p = 1; p <= 20; p++) {
            service.save(id, p, correct(id, p));
        }
        AttemptResult result = service.submit(id);
        assertThat(result.graded()).isTrue();
        assertThat(result.score().doubleValue()).isEqualTo(result.maxScore());
        assertThat(result.percent().intValue()).isEqualTo(100);
        assertThat(result.passed()).isTrue();
        assertThat(result.items()).allSatisfy(i -> {
            assertThat(i.grade().result()).isEqualTo(Grade.Result.CORRECT);
            assertThat(i.question().explanation()).isNotBlank();
        });
        assertThat(result.byCompetence()).isNotEmpty();
        assertThat(graded.count(id)).isEqualTo(20);
        assertThat(overview(WEEK1).availability()).isEqualTo(Availability.PASSED);
    }

    @Test
    void submitting_from_two_threads_at_once_grades_once() throws Exception {
        long id = service.start(WEEK1);
        for (int p = 1; p <= 10; p++) {
            service.save(id, p, correct(id, p));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<AttemptResult>> results = IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> {
                signInAs(me);
                go.await();
                return service.submit(id);
            })).toList();
            go.countDown();
            AttemptResult a = results.get(0).get();
            AttemptResult b = results.get(1).get();
            assertThat(a.score()).isEqualByComparingTo(b.score());
        } finally {
            pool.shutdownNow();
        }
        assertThat(graded.count(id)).as("each answer graded exactly once").isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from attempt_answer where attempt_id = ? and graded_at is not null",
                Long.class, id)).isEqualTo(20);
    }

    @Test
    void past_the_deadline_an_answer_is_refused_and_the_attempt_is_submitted_with_what_was_saved() {
        long id = service.start(WEEK1);
        service.save(id, 1, correct(id, 1));
        clock.advanceSeconds(30 * 60 + 20); // inside the 30-second grace
        service.save(id, 2, correct(id, 2));
        clock.advanceSeconds(20);
        assertThatThrownBy(() -> service.save(id, 3, correct(id, 3)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("attempt.time-up"));

        AttemptResult result = results.result(id);
        assertThat(result.byDeadline()).isTrue();
        assertThat(result.items().get(0).grade().result()).isEqualTo(Grade.Result.CORRECT);
        assertThat(result.items().get(1).grade().result()).isEqualTo(Grade.Result.CORRECT);
        assertThat(result.items().get(2).grade().result()).isEqualTo(Grade.Result.UNANSWERED);
    }

    @Test
    void the_sweeper_submits_attempts_left_open_after_their_time() {
        long id = service.start(WEEK1);
        service.save(id, 1, correct(id, 1));
        clock.advanceSeconds(31 * 60 + 1);
        int finished = SystemAuthentication.callAsSystem(service::finishOverdue);
        assertThat(finished).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select submitted_by from attempt where id = ?", String.class, id)).isEqualTo("DEADLINE");
        assertThat(SystemAuthentication.callAsSystem(service::finishOverdue)).as("nothing left to do").isZero();
    }

    @Test
    void a_trainee_cannot_read_answer_or_submit_another_trainees_attempt() {
        long id = service.start(WEEK1);
        service.save(id, 1, correct(id, 1));
        AccountSummary other = enrol(false);
        signInAs(other);
        assertThatThrownBy(() -> service.sheet(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(id, 1, new Response.Truth(true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.submit(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.result(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.sheet(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
        signInAs(me);
        assertThat(service.sheet(id).questions().getFirst().saved()).isNotNull();
    }

    @Test
    void two_failed_attempts_use_up_the_attempts() {
        for (int attempt = 1; attempt <= 2; attempt++) {
            long id = service.start(WEEK1);
            AttemptResult r = service.submit(id);
            assertThat(r.passed()).isFalse();
            assertThat(r.attemptNo()).isEqualTo(attempt);
        }
        assertThat(overview(WEEK1).availability()).isEqualTo(Availability.NO_ATTEMPTS_LEFT);
        assertThatThrownBy(() -> service.start(WEEK1)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("assessment.unavailable.no_attempts_left"));
    }

    @Test
    void with_the_cohort_rule_the_assessment_waits_for_the_weeks_modules() {
        enrol(true);
        assertThat(overview(WEEK1).availability()).isEqualTo(Availability.MODULES_FIRST);
    }

    @Test
    void short_answers_leave_the_final_exam_waiting_for_a_trainer() {
        clock.setTo(LocalDateTime.of(2026, 11, 26, 9, 0));
        long id = service.start("assessment-final");
        ExamSheet sheet = service.sheet(id);
        assertThat(sheet.questions()).hasSize(50);
        Map<Integer, Response> given = new HashMap<>();
        for (ExamSheet.ExamQuestion q : sheet.questions()) {
            given.put(q.position(), correct(id, q.position()));
            service.save(id, q.position(), given.get(q.position()));
        }
        AttemptResult result = service.submit(id);
        assertThat(result.graded()).isFalse();
        assertThat(result.pendingManual()).isEqualTo(2);
        assertThat(result.passed()).isNull();
        assertThat(result.review()).as("the final exam shows trainees the score only").isEqualTo(AssessmentDefinition.Review.SCORE);
        assertThat(result.items()).isEmpty();

        signInAs(newAccount("别班讲师", Role.TRAINER));
        assertThatThrownBy(() -> results.result(id)).as("a trainer of another cohort").isInstanceOf(AccessDeniedException.class);
        signInAs(myTrainer);
        AttemptResult full = results.result(id);
        assertThat(full.review()).isEqualTo(AssessmentDefinition.Review.FULL);
        assertThat(full.items()).hasSize(50).filteredOn(i -> i.question().type() == QuestionType.SHORT)
                .allSatisfy(i -> assertThat(i.grade().result()).isEqualTo(Grade.Result.PENDING));
    }

    @Test
    void the_final_exam_draws_one_question_per_named_topic_and_never_the_same_question_twice() {
        clock.setTo(LocalDateTime.of(2026, 11, 26, 9, 0));
        long id = service.start("assessment-final");
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select question_id, bank_version_id from attempt_answer where attempt_id = ?", id);
        assertThat(rows).hasSize(50);
        assertThat(rows.stream().map(r -> r.values().iterator().next()).distinct().count()).isEqualTo(50);
        List<String> emergencyTopics = new java.util.ArrayList<>();
        for (Map<String, Object> r : rows) {
            String q = String.valueOf(r.values().toArray()[0]);
            long version = ((Number) r.values().toArray()[1]).longValue();
            if (q.startsWith("w3d3-")) {
                emergencyTopics.add(banks.question(version, q).topic());
            }
        }
        assertThat(emergencyTopics).containsExactlyInAnyOrder("火灾处置", "电梯困人", "停电停水与漏水");
    }

    @Test
    void two_tabs_starting_the_same_assessment_at_once_get_one_attempt() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> started = IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> {
                signInAs(me);
                go.await();
                return service.start(WEEK1);
            })).toList();
            go.countDown();
            assertThat(started.get(0).get()).isEqualTo(started.get(1).get());
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from attempt where account_id = ? and assessment_key = ?", Long.class,
                me.id(), WEEK1)).isEqualTo(1);
    }
}
