package org.kefuacademy.assessment;

import java.util.Random;
import org.kefuacademy.assessment.domain.AttemptAnswerRepository;
import org.kefuacademy.assessment.domain.AttemptRepository;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.demo.DemoUsers;
import org.kefuacademy.platform.security.KefuUser;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo attempts, taken through the real engine by the demo trainees themselves: Li passes the
 * weeks so far, Chen fails week 2 once and passes the retry, Zhou fails week 1 and has a retry left.
 * Answers are right with a set probability per trainee (a fixed seed keeps the demo repeatable).
 */
@Component
@Profile("demo")
@Order(20)
class AssessmentDemoData implements ApplicationRunner {
    private final DemoUsers demoUsers;
    private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);
    private final AttemptService attempts;
    private final QuestionBanks banks;
    private final AttemptRepository attemptRows;
    private final AttemptAnswerRepository answerRows;
    private final GradingService grading;
    private final Random random = new Random(2026);

    AssessmentDemoData(DemoUsers demoUsers, AttemptService attempts, QuestionBanks banks,
                       AttemptRepository attemptRows,
                       AttemptAnswerRepository answerRows, GradingService grading) {
        this.demoUsers = demoUsers;
        this.grading = grading;
        this.attempts = attempts;
        this.banks = banks;
        this.attemptRows = attemptRows;
        this.answerRows = answerRows;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (attemptRows.count() > 0) {
            return;
        }
        take(DemoAccounts.TRAINEE_AHEAD, "assessment-week1", 0.98);
        take(DemoAccounts.TRAINEE_AHEAD, "assessment-week2", 0.97);
        take(DemoAccounts.TRAINEE_ON_TRACK, "assessment-week1", 0.96);
        take(DemoAccounts.TRAINEE_ON_TRACK, "assessment-week2", 0.45);
        take(DemoAccounts.TRAINEE_ON_TRACK, "assessment-week2", 0.97);
        take(DemoAccounts.TRAINEE_BEHIND, "assessment-week1", 0.35);
        for (int week = 1; week <= 4; week++) {
            take(DemoAccounts.GRADUATE, "assessment-week" + week, 0.95);
        }
        // Every closed question right, so the pass (and the certificate the README promises) does not depend on which
        // questions the secure random draw picks; the short answers still lose a point each.
        long finalExam = take(DemoAccounts.GRADUATE, "assessment-final", 1.0);
        gradeShortAnswers(finalExam);
        log.info("Demo data: assessment attempts taken by the demo trainees");
    }

    private KefuUser user(DemoAccounts.Demo who) {
        return demoUsers.user(who);
    }

    /** The trainer grades the attempt's short answers, one rubric point short of full marks on each. */
    private void gradeShortAnswers(long attemptId) {
        SystemAuthentication.callAs(user(DemoAccounts.TRAINER), () -> {
            for (GradingTask t : grading.queue(500)) {
                if (t.attemptId() == attemptId) {
                    List<Integer> points = new java.util.ArrayList<>(t.question().rubric().stream().map(Question.RubricItem::points).toList());
                    points.set(points.size() - 1, Math.max(0, points.getLast() - 1));
                    grading.grade(t.answerId(), points, "要点基本齐全，回访时间可以说得更具体。");
                }
            }
            return null;
        });
    }

    private long take(DemoAccounts.Demo who, String assessment, double rightShare) {
        return SystemAuthentication.callAs(user(who), () -> {
            long id = attempts.start(assessment);
            for (var answer : answerRows.findByAttemptIdOrderByPositionNo(id)) {
                Question q = banks.question(answer.getBankVersionId(), answer.getQuestionId());
                attempts.save(id, answer.getPositionNo(), random.nextDouble() < rightShare ? AnswerKey.right(q) : wrong(q));
            }
            attempts.submit(id);
            return id;
        });
    }

    private static Response wrong(Question q) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> new Response.Choice(Set.of(IntStream.range(0, q.options().size())
                    .filter(i -> !q.options().get(i).correct()).findFirst().orElse(0)));
            case TRUEFALSE -> new Response.Truth(!q.truth());
            case FILL -> new Response.Text("不清楚");
            case ORDERING -> new Response.Order(IntStream.range(0, q.steps().size()).map(i -> q.steps().size() - 1 - i)
                    .boxed().toList());
            case MATCHING -> new Response.Match(IntStream.range(0, q.pairs().size()).boxed()
                    .collect(Collectors.toMap(i -> i, i -> (i + 1) % q.pairs().size())));
            case SHORT -> new Response.Text("");
        };
    }

}
