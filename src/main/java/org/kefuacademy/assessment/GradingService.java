package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kefuacademy.assessment.domain.Attempt;
import org.kefuacademy.assessment.domain.AttemptAnswer;
import org.kefuacademy.assessment.domain.AttemptAnswerRepository;
import org.kefuacademy.assessment.domain.AttemptRepository;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainers' queue of short answers: each is scored against its rubric with a comment; the
 * attempt gets its final result when its last answer is graded. A trainer sees and grades only the
 * answers of their own cohorts' trainees; administrators all.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class GradingService {
    public static final int COMMENT_MAX_LENGTH = 1000;

    private final AttemptAnswerRepository answers;
    private final AttemptFinisher finisher;
    private final AttemptRepository attempts;
    private final QuestionBanks banks;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessScope scope;

    GradingService(AttemptAnswerRepository answers, AttemptFinisher finisher, AttemptRepository attempts, QuestionBanks banks,
                   AccountService accounts, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                   AccessScope scope) {
        this.scope = scope;
        this.answers = answers;
        this.finisher = finisher;
        this.attempts = attempts;
        this.banks = banks;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<GradingTask> queue(int limit) {
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, 200)));
        // A trainer grades only the answers of their own cohorts' trainees: filtered in the query.
        List<AttemptAnswer> pending = scope.readablePeople()
                .map(ids -> ids.isEmpty() ? List.<AttemptAnswer>of() : answers.findAwaitingGradingOf(ids, page))
                .orElseGet(() -> answers.findAwaitingGrading(page));
        Map<Long, Attempt> byId = attempts.findAllById(pending.stream().map(AttemptAnswer::getAttemptId).distinct().toList())
                .stream().collect(Collectors.toMap(Attempt::getId, Function.identity()));
        Set<Long> people = byId.values().stream().map(Attempt::getAccountId).collect(Collectors.toSet());
        Map<Long, String> names = accounts.findAll(people).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        return pending.stream().map(a -> {
            Attempt t = byId.get(a.getAttemptId());
            Response r = ResponseCodec.decode(a.getResponse());
            return new GradingTask(a.getId(), t.getId(), names.getOrDefault(t.getAccountId(), "?"),
                    banks.assessment(t.getAssessmentVersionId()).title(), a.getPositionNo(),
                    banks.question(a.getBankVersionId(), a.getQuestionId()),
                    r instanceof Response.Text text ? text.value() : "", t.getSubmittedAt());
        }).toList();
    }

    /**
     * Scores one short answer: the points given per rubric item (each within its item's points)
     * and a comment. Re-grading replaces the earlier score.
     */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public void grade(long answerId, List<Integer> rubricPoints, String comment) {
        AttemptAnswer answer = answers.findById(answerId)
                .orElseThrow(() -> new UserFacingException("grading.not-found", answerId));
        Attempt attempt = attempts.findById(answer.getAttemptId()).orElseThrow();
        scope.requireReadable(attempt.getAccountId());
        if (attempt.getStatus() == Attempt.Status.IN_PROGRESS) {
            throw new UserFacingException("attempt.not-submitted");
        }
        Question q = banks.question(answer.getBankVersionId(), answer.getQuestionId());
        if (!q.type().manual()) {
            throw new UserFacingException("grading.not-manual");
        }
        if (rubricPoints == null || rubricPoints.size() != q.rubric().size()) {
            throw new UserFacingException("grading.rubric-mismatch", q.rubric().size());
        }
        int total = 0;
        for (int i = 0; i < rubricPoints.size(); i++) {
            Integer given = rubricPoints.get(i);
            if (given == null || given < 0 || given > q.rubric().get(i).points()) {
                throw new UserFacingException("grading.points-out-of-range", i + 1, q.rubric().get(i).points());
            }
            total += given;
        }
        String note = Fields.optional(comment, COMMENT_MAX_LENGTH, "grading.comment-too-long");
        Instant now = clock.instant();
        Grade grade = Grade.of(total, q.points());
        answer.graded(grade.earned(), grade.result().name(), currentUser.accountId(), now, note);
        events.publishEvent(new AnswerGraded(attempt.getId(), attempt.getAccountId(), attempt.getAssessmentKey(), q.id(),
                q.competences(), grade.earned(), grade.max(), now));
        finisher.retotal(attempt);
    }
}
