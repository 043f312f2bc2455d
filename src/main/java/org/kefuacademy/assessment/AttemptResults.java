package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kefuacademy.assessment.domain.Attempt;
import org.kefuacademy.assessment.domain.AttemptAnswer;
import org.kefuacademy.assessment.domain.AttemptAnswerRepository;
import org.kefuacademy.assessment.domain.AttemptRepository;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The result and review of a submitted attempt, per answer and per competence. */
@Service
@Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
public class AttemptResults {
    private final AttemptAnswerRepository answers;
    private final QuestionBanks questionBanks;
    private final AttemptAccess access;
    private final AttemptRepository attempts;

    AttemptResults(AttemptAnswerRepository answers, QuestionBanks questionBanks, AttemptAccess access, AttemptRepository attempts) {
        this.answers = answers;
        this.attempts = attempts;
        this.questionBanks = questionBanks;
        this.access = access;
    }

    /**
     * The best fully graded result (percent) of a person in an assessment, if any: the theory part of
     * the final assessment. The person's own, a trainer's trainees', anyone's for HR.
     */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public java.util.Optional<java.math.BigDecimal> bestGradedPercent(long accountId, String assessmentKey) {
        access.requireReadable(accountId);
        return attempts.findByAccountIdAndAssessmentKeyOrderByAttemptNo(accountId, assessmentKey).stream()
                .filter(a -> a.getStatus() == Attempt.Status.GRADED && a.getScorePercent() != null)
                .map(Attempt::getScorePercent).max(java.math.BigDecimal::compareTo);
    }

    /** The result and review of an attempt: the trainee's own, a trainer's cohorts' trainees', anyone's for HR. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public AttemptResult result(long attemptId) {
        Attempt attempt = access.readable(attemptId);
        if (attempt.getStatus() == Attempt.Status.IN_PROGRESS) {
            throw new UserFacingException("attempt.not-submitted");
        }
        AssessmentDefinition def = questionBanks.assessment(attempt.getAssessmentVersionId());
        List<AttemptResult.ReviewItem> items = new ArrayList<>();
        Map<Competence, double[]> byCompetence = new EnumMap<>(Competence.class);
        for (AttemptAnswer a : answers.findByAttemptIdOrderByPositionNo(attemptId)) {
            Question q = questionBanks.question(a.getBankVersionId(), a.getQuestionId());
            Grade grade = a.getResult() == null ? Grade.pending(a.getPoints())
                    : new Grade(a.getEarned().doubleValue(), a.getPoints(), Grade.Result.valueOf(a.getResult()));
            items.add(new AttemptResult.ReviewItem(a.getPositionNo(), q, ResponseCodec.decode(a.getResponse()), grade,
                    a.getGraderComment()));
            if (grade.result() != Grade.Result.PENDING) {
                for (Competence c : q.competences()) {
                    double[] sum = byCompetence.computeIfAbsent(c, k -> new double[2]);
                    sum[0] += grade.earned();
                    sum[1] += grade.max();
                }
            }
        }
        // Staff always see the whole review; a trainee sees what the assessment's setting allows.
        AssessmentDefinition.Review review = access.isStaff() ? AssessmentDefinition.Review.FULL : def.review();
        return new AttemptResult(attempt.getId(), def.title(), attempt.getAttemptNo(),
                attempt.getStatus() == Attempt.Status.GRADED, attempt.getScore(), attempt.getMaxScore(),
                attempt.getScorePercent(), attempt.getPassed(), attempt.getPendingManual(), def.passMark(),
                attempt.getSubmittedAt(), attempt.getSubmittedBy() == Attempt.SubmittedBy.DEADLINE, review,
                review == AssessmentDefinition.Review.SCORE ? List.of() : items, byCompetence);
    }
}
