package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kefuacademy.assessment.domain.Attempt;
import org.kefuacademy.assessment.domain.AttemptAnswer;
import org.kefuacademy.assessment.domain.AttemptAnswerRepository;
import org.kefuacademy.assessment.domain.AttemptRepository;
import org.kefuacademy.assessment.domain.QuestionBankEntry;
import org.kefuacademy.assessment.domain.QuestionBankEntryRepository;
import org.kefuacademy.assessment.domain.RegradeLog;
import org.kefuacademy.assessment.domain.RegradeLogRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a trainer corrects a question (a new bank version), the answers already graded with an
 * older version can be graded again with the corrected one. Every changed score is logged with
 * both versions, old and new points, who and why; attempt totals and pass/fail follow.
 * Only answers whose question kept its shape (same type, same number of options, steps or pairs)
 * are re-graded, because stored answers are indices into that shape.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class RegradeService {
    public static final String AUDIT_REGRADE = "REGRADE_ANSWER";
    private final AuditLog audit;
    private final QuestionBankEntryRepository banks;
    private final AttemptAnswerRepository answers;
    private final AttemptRepository attempts;
    private final RegradeLogRepository log;
    private final QuestionBanks questionBanks;
    private final AttemptFinisher finisher;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegradeService(QuestionBankEntryRepository banks, AttemptAnswerRepository answers, AttemptRepository attempts,
                   RegradeLogRepository log, QuestionBanks questionBanks, AttemptFinisher finisher, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.banks = banks;
        this.answers = answers;
        this.attempts = attempts;
        this.log = log;
        this.questionBanks = questionBanks;
        this.finisher = finisher;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** How many graded answers a re-grade would look at and how many scores it would change. */
    public record Preview(int graded, int wouldChange) {
    }

    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Preview preview(String questionId) {
        Current current = current(questionId);
        int change = 0;
        List<AttemptAnswer> graded = answers.findGradedByQuestion(questionId);
        for (AttemptAnswer a : graded) {
            Optional<Grade> grade = regradeOf(a, current);
            if (grade.isPresent() && grade.get().earned() != a.getEarned().doubleValue()) {
                change++;
            }
        }
        return new Preview(graded.size(), change);
    }

    /** Re-grades with the question's current version; returns how many scores changed. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public int regrade(String questionId, String reason) {
        String why = Fields.required(reason, RegradeLog.REASON_MAX_LENGTH, "regrade.reason-required", "regrade.reason-required");
        Current current = current(questionId);
        Instant now = clock.instant();
        int changed = 0;
        for (AttemptAnswer a : answers.findGradedByQuestion(questionId)) {
            Optional<Grade> grade = regradeOf(a, current);
            if (grade.isEmpty() || grade.get().earned() == a.getEarned().doubleValue()) {
                continue;
            }
            BigDecimal before = a.getEarned();
            a.graded(grade.get().earned(), grade.get().result().name(), currentUser.accountId(), now, a.getGraderComment());
            log.save(new RegradeLog(a.getId(), a.getAttemptId(), questionId, a.getBankVersionId(), current.versionId(), before,
                    a.getEarned(), currentUser.accountId(), now, why));
            Attempt attempt = attempts.findById(a.getAttemptId()).orElseThrow();
            finisher.retotal(attempt);
            events.publishEvent(new AnswerGraded(attempt.getId(), attempt.getAccountId(), attempt.getAssessmentKey(),
                    questionId, current.question().competences(), grade.get().earned(), grade.get().max(), now));
            audit.record(AUDIT_REGRADE, attempt.getAccountId(), questionId + " " + before.stripTrailingZeros().toPlainString() + " → "
                    + a.getEarned().stripTrailingZeros().toPlainString() + "：" + why);
            changed++;
        }
        return changed;
    }

    private record Current(long versionId, Question question) {
    }

    private Current current(String questionId) {
        for (QuestionBankEntry bank : banks.findByActiveTrueOrderByBankKey()) {
            QuestionBank parsed = questionBanks.version(bank.getCurrentVersionId());
            Optional<Question> q = parsed.questions().stream().filter(x -> x.id().equals(questionId)).findFirst();
            if (q.isPresent()) {
                return new Current(bank.getCurrentVersionId(), q.get());
            }
        }
        throw new UserFacingException("regrade.question-not-found", questionId);
    }

    /** The new grade, when the answer was graded with an older version of a question of the same shape. */
    private Optional<Grade> regradeOf(AttemptAnswer a, Current current) {
        if (a.getBankVersionId() == current.versionId()) {
            return Optional.empty();
        }
        Question old = questionBanks.question(a.getBankVersionId(), a.getQuestionId());
        Question now = current.question();
        boolean sameShape = old.type() == now.type() && old.options().size() == now.options().size()
                && old.steps().size() == now.steps().size() && old.pairs().size() == now.pairs().size()
                && old.points() == now.points();
        return sameShape ? Optional.of(Grader.grade(now, ResponseCodec.decode(a.getResponse()))) : Optional.empty();
    }
}
