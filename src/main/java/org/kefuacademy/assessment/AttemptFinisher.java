package org.kefuacademy.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kefuacademy.assessment.domain.Attempt;
import org.kefuacademy.assessment.domain.AttemptAnswer;
import org.kefuacademy.assessment.domain.AttemptAnswerRepository;
import org.kefuacademy.assessment.domain.AttemptRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Ends attempts and grades them, exactly once: only the caller whose conditional update moves
 * the attempt out of IN_PROGRESS grades it (two tabs, a double click and the deadline sweep may
 * race). Runs inside the caller's transaction.
 */
@Component
class AttemptFinisher {
    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final QuestionBanks questionBanks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration grace;

    AttemptFinisher(AttemptRepository attempts, AttemptAnswerRepository answers, QuestionBanks questionBanks,
                    ApplicationEventPublisher events, Clock clock,
                    @Value("${kefu.assessment.grace-seconds:30}") long graceSeconds) {
        this.attempts = attempts;
        this.answers = answers;
        this.questionBanks = questionBanks;
        this.events = events;
        this.clock = clock;
        this.grace = Duration.ofSeconds(graceSeconds);
    }

    /** Answers are accepted until the deadline plus this (requests in flight). */
    Duration grace() {
        return grace;
    }

    /** Ends and grades the attempt; false when someone else already did. */
    boolean finish(long attemptId, Attempt.SubmittedBy by) {
        Instant now = clock.instant();
        if (attempts.claimSubmission(attemptId, now, by.name()) == 0) {
            return false;
        }
        Attempt attempt = attempts.findById(attemptId).orElseThrow();
        AssessmentDefinition def = questionBanks.assessment(attempt.getAssessmentVersionId());
        double total = 0;
        int pending = 0;
        for (AttemptAnswer a : answers.findByAttemptIdOrderByPositionNo(attemptId)) {
            Question q = questionBanks.question(a.getBankVersionId(), a.getQuestionId());
            Grade grade = Grader.grade(q, ResponseCodec.decode(a.getResponse()));
            if (grade.result() == Grade.Result.PENDING) {
                pending++;
                continue;
            }
            a.graded(grade.earned(), grade.result().name(), null, now, null);
            total += grade.earned();
            events.publishEvent(new AnswerGraded(attemptId, attempt.getAccountId(), attempt.getAssessmentKey(), q.id(),
                    q.competences(), grade.earned(), grade.max(), now));
        }
        attempt.scored(total, pending, def.passMark());
        announceIfGraded(attempt);
        return true;
    }

    /** Recomputes an attempt's total after a trainer graded or re-graded one of its answers. */
    void retotal(Attempt attempt) {
        answers.flush();
        List<AttemptAnswer> all = answers.findByAttemptIdOrderByPositionNo(attempt.getId());
        double total = all.stream().filter(a -> a.getEarned() != null).mapToDouble(a -> a.getEarned().doubleValue()).sum();
        int pending = (int) all.stream().filter(a -> a.getResult() == null).count();
        attempt.scored(total, pending, questionBanks.assessment(attempt.getAssessmentVersionId()).passMark());
        announceIfGraded(attempt);
    }

    private void announceIfGraded(Attempt attempt) {
        if (attempt.getStatus() == Attempt.Status.GRADED) {
            events.publishEvent(new AttemptGraded(attempt.getId(), attempt.getAccountId(), attempt.getAssessmentKey(),
                    attempt.getScorePercent(), Boolean.TRUE.equals(attempt.getPassed()), clock.instant()));
        }
    }

    /** Submits an attempt whose time and grace are over; true when the attempt is (now) over. */
    boolean finishIfOverdue(Attempt attempt) {
        if (attempt.getStatus() == Attempt.Status.IN_PROGRESS && clock.instant().isAfter(attempt.getDeadlineAt().plus(grace))) {
            finish(attempt.getId(), Attempt.SubmittedBy.DEADLINE);
            return true;
        }
        return false;
    }
}
