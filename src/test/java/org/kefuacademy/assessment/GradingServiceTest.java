package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Short answers wait in the trainers' queue; the attempt's result appears when the last one is graded. */
class GradingServiceTest extends DatabaseTest {
    @Autowired
    AttemptService attempts;
    @Autowired
    GradingService grading;
    @Autowired
    AttemptResults results;
    @Autowired
    CohortService cohorts;
    @Autowired
    QuestionBanks banks;

    /** The cohort's two trainers: only they see and grade its answers. */
    private AccountSummary trainer;
    private AccountSummary secondTrainer;

    /** A trainee who sat the final exam with every objective answer right and both short answers written. */
    private long finalExamAwaitingGrading(AccountSummary trainee) {
        trainer = newAccount("讲师", Role.TRAINER);
        secondTrainer = newAccount("讲师", Role.TRAINER);
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("期末批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()),
                Set.of(trainer.id(), secondTrainer.id())));
        clock.setTo(LocalDateTime.of(2026, 11, 26, 9, 0));
        signInAs(trainee);
        long id = attempts.start("assessment-final");
        for (ExamSheet.ExamQuestion q : attempts.sheet(id).questions()) {
            attempts.save(id, q.position(), q.type() == QuestionType.SHORT
                    ? new Response.Text("先致歉，再记录诉求，承诺时限，按时回访。") : rightAnswer(id, q.position()));
        }
        assertThat(attempts.submit(id).pendingManual()).isEqualTo(2);
        return id;
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Response rightAnswer(long attemptId, int position) {
        var row = jdbc.queryForMap("select question_id, bank_version_id from attempt_answer where attempt_id = ? and position_no = ?",
                attemptId, position);
        return AnswerKey.right(banks.question(((Number) row.get("bank_version_id")).longValue(), (String) row.get("question_id")));
    }

    @Test
    void a_trainer_grades_both_short_answers_and_the_attempt_gets_its_result() {
        AccountSummary trainee = newAccount("期末考生", Role.TRAINEE);
        long id = finalExamAwaitingGrading(trainee);

        signInAs(trainer);
        List<GradingTask> mine = grading.queue(200).stream().filter(t -> t.attemptId() == id).toList();
        assertThat(mine).hasSize(2).allSatisfy(t -> {
            assertThat(t.traineeName()).isEqualTo("期末考生");
            assertThat(t.answer()).contains("承诺时限");
            assertThat(t.question().rubric()).isNotEmpty();
        });

        GradingTask first = mine.getFirst();
        grading.grade(first.answerId(), first.question().rubric().stream().map(Question.RubricItem::points).toList(), "要点齐全");
        signInAs(trainee);
        assertThat(results.result(id).graded()).as("one short answer still waiting").isFalse();

        signInAs(secondTrainer);
        GradingTask second = mine.get(1);
        grading.grade(second.answerId(), Collections.nCopies(second.question().rubric().size(), 0), "没有答到要点");

        signInAs(trainee);
        AttemptResult result = results.result(id);
        assertThat(result.graded()).isTrue();
        assertThat(result.pendingManual()).isZero();
        assertThat(result.score().doubleValue()).isEqualTo(result.maxScore() - second.question().points());
        assertThat(result.passed()).isTrue();
    }

    @Test
    void scores_outside_the_rubric_are_refused_and_trainees_cannot_grade() {
        AccountSummary trainee = newAccount("期末考生", Role.TRAINEE);
        long id = finalExamAwaitingGrading(trainee);
        assertThatThrownBy(() -> grading.queue(10)).isInstanceOf(AccessDeniedException.class);

        signInAs(newAccount("别班讲师", Role.TRAINER));
        assertThat(grading.queue(200)).as("a trainer of another cohort sees none of its answers")
                .noneMatch(t -> t.attemptId() == id);

        signInAs(trainer);
        GradingTask task = grading.queue(200).stream().filter(t -> t.attemptId() == id).findFirst().orElseThrow();
        int items = task.question().rubric().size();
        assertThatThrownBy(() -> grading.grade(task.answerId(), Collections.nCopies(items, 99), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("grading.points-out-of-range"));
        assertThatThrownBy(() -> grading.grade(task.answerId(), List.of(), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("grading.rubric-mismatch"));
        assertThat(grading.queue(200)).anyMatch(t -> t.answerId() == task.answerId());
    }
}
