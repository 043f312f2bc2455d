package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.Refusals.refused;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.assessment.domain.AttemptAnswer;
import org.kefuacademy.assessment.domain.RegradeLog;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Typed answers, the grader's points and comment, and a re-grade's reason: checked by the services, refusals store nothing. */
class AssessmentFormValidationTest extends DatabaseTest {
    @Autowired
    AttemptService attempts;
    @Autowired
    GradingService grading;
    @Autowired
    RegradeService regrades;
    @Autowired
    CohortService cohorts;
    @Autowired
    QuestionBanks banks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_typed_answer_with_control_characters_is_refused_and_the_saved_one_stays() {
        AccountSummary trainee = newAccount("考生", Role.TRAINEE);
        AccountSummary trainer = newAccount("讲师", Role.TRAINER);
        long attempt = finalExamStarted(trainee, trainer);
        ExamSheet.ExamQuestion shortQuestion = attempts.sheet(attempt).questions().stream()
                .filter(q -> q.type() == QuestionType.SHORT).findFirst().orElseThrow();
        attempts.save(attempt, shortQuestion.position(), new Response.Text("先致歉，再记录。"));
        String before = stored(attempt, shortQuestion.position());

        refused(() -> attempts.save(attempt, shortQuestion.position(), new Response.Text("先致歉\u0000")), "form.bad-characters", 4, "U+0000");
        refused(() -> attempts.save(attempt, shortQuestion.position(), new Response.Text("歉".repeat(AttemptAnswer.MAX_RESPONSE_LENGTH))),
                "attempt.answer-too-long", AttemptAnswer.MAX_RESPONSE_LENGTH / 2);
        assertThat(stored(attempt, shortQuestion.position())).isEqualTo(before);
    }

    @Test
    void a_grade_needs_points_within_the_rubric_and_a_storable_comment_within_its_column() {
        AccountSummary trainee = newAccount("考生", Role.TRAINEE);
        AccountSummary trainer = newAccount("讲师", Role.TRAINER);
        long attempt = finalExamStarted(trainee, trainer);
        for (ExamSheet.ExamQuestion q : attempts.sheet(attempt).questions()) {
            if (q.type() == QuestionType.SHORT) {
                attempts.save(attempt, q.position(), new Response.Text("先致歉，再记录诉求，承诺时限，按时回访。"));
            }
        }
        attempts.submit(attempt);
        signInAs(trainer);
        GradingTask task = grading.queue(200).stream().filter(t -> t.attemptId() == attempt).findFirst().orElseThrow();
        List<Integer> full = task.question().rubric().stream().map(Question.RubricItem::points).toList();

        refused(() -> grading.grade(task.answerId(), null, null), "grading.rubric-mismatch", task.question().rubric().size());
        refused(() -> grading.grade(task.answerId(), full, "评".repeat(GradingService.COMMENT_MAX_LENGTH + 1)), "grading.comment-too-long",
                GradingService.COMMENT_MAX_LENGTH);
        refused(() -> grading.grade(task.answerId(), full, "好\u0007"), "form.bad-characters", 2, "U+0007");
        assertThat(jdbc.queryForObject("select graded_at is null from attempt_answer where id = ?", Boolean.class, task.answerId())).isTrue();

        grading.grade(task.answerId(), full, " " + "评".repeat(GradingService.COMMENT_MAX_LENGTH) + " ");
        assertThat(jdbc.queryForObject("select grader_comment from attempt_answer where id = ?", String.class, task.answerId()))
                .isEqualTo("评".repeat(GradingService.COMMENT_MAX_LENGTH));
    }

    @Test
    void a_regrade_reason_is_required_limited_and_storable() {
        signInAs(newAccount("讲师", Role.TRAINER));
        refused(() -> regrades.regrade("q-any", "因".repeat(RegradeLog.REASON_MAX_LENGTH + 1)), "regrade.reason-required",
                RegradeLog.REASON_MAX_LENGTH);
        refused(() -> regrades.regrade("q-any", " \n"), "regrade.reason-required", RegradeLog.REASON_MAX_LENGTH);
        refused(() -> regrades.regrade("q-any", "答案更正\u001B"), "form.bad-characters", 5, "U+001B");
    }

    private long finalExamStarted(AccountSummary trainee, AccountSummary trainer) {
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("校验期末"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of(trainer.id())));
        clock.setTo(LocalDateTime.of(2026, 11, 26, 9, 0));
        signInAs(trainee);
        return attempts.start("assessment-final");
    }

    private String stored(long attempt, int position) {
        return jdbc.queryForObject("select response from attempt_answer where attempt_id = ? and position_no = ?", String.class,
                attempt, position);
    }
}
