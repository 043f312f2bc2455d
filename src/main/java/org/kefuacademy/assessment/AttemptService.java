package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kefuacademy.assessment.domain.AssessmentEntry;
import org.kefuacademy.assessment.domain.AssessmentEntryRepository;
import org.kefuacademy.assessment.domain.Attempt;
import org.kefuacademy.assessment.domain.AttemptAnswer;
import org.kefuacademy.assessment.domain.AttemptAnswerRepository;
import org.kefuacademy.assessment.domain.AttemptRepository;
import org.kefuacademy.assessment.domain.QuestionBankEntry;
import org.kefuacademy.assessment.domain.QuestionBankEntryRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attempt engine. Starting freezes the drawn questions and their order; every answer is
 * stored the moment it is given; the time limit is kept on the server (with a stated grace
 * period); submitting twice, from two tabs or together with the deadline sweep grades once.
 * A trainee only ever reaches their own attempts.
 */
@Service
// Read committed: a submit that loses the race to another tab must then see the winner's grading
// (MariaDB's default repeatable read would keep showing the attempt in progress).
// A refusal thrown after a deadline submit must not roll that submit back.
@Transactional(isolation = Isolation.READ_COMMITTED, noRollbackFor = UserFacingException.class)
public class AttemptService {
    private final org.springframework.transaction.support.TransactionTemplate inOwnTransaction;
    private final AssessmentEntryRepository assessments;
    private final QuestionBankEntryRepository banks;
    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final QuestionBanks questionBanks;
    private final TraineeAssessments trainee;
    private final AttemptFinisher finisher;
    private final AttemptResults results;
    private final AttemptAccess access;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Random random = new SecureRandom();

    AttemptService(AssessmentEntryRepository assessments, QuestionBankEntryRepository banks, AttemptRepository attempts,
                   AttemptAnswerRepository answers, QuestionBanks questionBanks, TraineeAssessments trainee,
                   AttemptFinisher finisher, AttemptResults results, AttemptAccess access, MarkdownRenderer markdown,
                   CurrentUser currentUser, Clock clock, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.inOwnTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.inOwnTransaction.setIsolationLevel(org.springframework.transaction.TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.assessments = assessments;
        this.banks = banks;
        this.attempts = attempts;
        this.answers = answers;
        this.questionBanks = questionBanks;
        this.trainee = trainee;
        this.finisher = finisher;
        this.results = results;
        this.access = access;
        this.markdown = markdown;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Starts an attempt, or returns the one in progress (so a second tab resumes the same attempt). Two
     * tabs starting at the same moment: one insert wins the unique (person, assessment, attempt no) key;
     * the other, in a fresh transaction, then finds that attempt in progress and returns it.
     */
    @RolesAllowed(Roles.TRAINEE)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public long start(String assessmentKey) {
        try {
            return inOwnTransaction.execute(status -> startOrResume(assessmentKey));
        } catch (org.springframework.dao.DataIntegrityViolationException startedAtTheSameMoment) {
            return inOwnTransaction.execute(status -> startOrResume(assessmentKey));
        }
    }

    private long startOrResume(String assessmentKey) {
        AssessmentOverview overview = trainee.mine().stream().filter(o -> o.key().equals(assessmentKey)).findFirst()
                .orElseThrow(() -> new UserFacingException("assessment.not-found", assessmentKey));
        switch (overview.availability()) {
            case IN_PROGRESS -> {
                return overview.attemptInProgress();
            }
            case OPEN -> {
                return create(assessments.findById(assessmentKey).orElseThrow(), overview.attemptsUsed() + 1);
            }
            default -> throw new UserFacingException("assessment.unavailable." + overview.availability().name().toLowerCase());
        }
    }

    private long create(AssessmentEntry entry, int attemptNo) {
        AssessmentDefinition def = questionBanks.assessment(entry.getCurrentVersionId());
        List<Drawn> drawn = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (AssessmentDefinition.Draw draw : def.draws()) {
            QuestionBankEntry bank = banks.findById(draw.bank()).filter(QuestionBankEntry::isActive)
                    .orElseThrow(() -> new UserFacingException("assessment.bank-missing", draw.bank()));
            List<Question> pool = new ArrayList<>(questionBanks.version(bank.getCurrentVersionId()).questions().stream()
                    .filter(draw::accepts).filter(q -> !taken.contains(q.id())).toList());
            Collections.shuffle(pool, random);
            // Two draws from one bank (e.g. per topic) never put the same question in an attempt twice.
            pool.stream().limit(draw.count()).forEach(q -> {
                taken.add(q.id());
                drawn.add(new Drawn(bank.getCurrentVersionId(), q));
            });
        }
        if (def.shuffleQuestions()) {
            Collections.shuffle(drawn, random);
        }
        Instant now = clock.instant();
        int max = drawn.stream().mapToInt(d -> d.question.points()).sum();
        Attempt attempt = attempts.save(new Attempt(currentUser.accountId(), entry.getAssessmentKey(),
                entry.getCurrentVersionId(), attemptNo, now, now.plus(Duration.ofMinutes(def.timeLimitMinutes())), max));
        for (int i = 0; i < drawn.size(); i++) {
            Drawn d = drawn.get(i);
            answers.save(new AttemptAnswer(attempt.getId(), i + 1, d.bankVersionId, d.question.id(), d.question.type().id(),
                    d.question.points(), displayOrder(d.question, def.shuffleOptions())));
        }
        return attempt.getId();
    }

    private record Drawn(long bankVersionId, Question question) {
    }

    /** Options may be shuffled; steps and right-hand items always are (their file order is the answer). */
    private String displayOrder(Question q, boolean shuffleOptions) {
        int n = switch (q.type()) {
            case SINGLE, MULTIPLE -> shuffleOptions ? q.options().size() : 0;
            case ORDERING -> q.steps().size();
            case MATCHING -> q.pairs().size();
            default -> 0;
        };
        if (n == 0) {
            return null;
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        do {
            Collections.shuffle(order, random);
        } while (n > 1 && q.type() != QuestionType.SINGLE && q.type() != QuestionType.MULTIPLE
                && order.equals(IntStream.range(0, n).boxed().toList()));
        return order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The exam page of one's own attempt; an attempt past its time is submitted first. */
    @RolesAllowed(Roles.TRAINEE)
    public ExamSheet sheet(long attemptId) {
        Attempt attempt = access.own(attemptId);
        finisher.finishIfOverdue(attempt);
        AssessmentDefinition def = questionBanks.assessment(attempt.getAssessmentVersionId());
        List<ExamSheet.ExamQuestion> questions = new ArrayList<>();
        for (AttemptAnswer a : answers.findByAttemptIdOrderByPositionNo(attemptId)) {
            Question q = questionBanks.question(a.getBankVersionId(), a.getQuestionId());
            questions.add(new ExamSheet.ExamQuestion(a.getPositionNo(), q.type(),
                    markdown.render(q.stem(), href -> "#", "stem:" + a.getBankVersionId() + ":" + q.id()).html(),
                    q.points(), choices(q, a.getDisplayOrder()),
                    q.type() == QuestionType.MATCHING ? q.pairs().stream().map(Question.Pair::left).toList() : List.of(),
                    ResponseCodec.decode(a.getResponse()), a.isFlagged()));
        }
        return new ExamSheet(attemptId, def.title(), attempt.getDeadlineAt(),
                attempt.getStatus() == Attempt.Status.IN_PROGRESS, questions);
    }

    private static List<ExamSheet.Choice> choices(Question q, String displayOrder) {
        List<String> texts = switch (q.type()) {
            case SINGLE, MULTIPLE -> q.options().stream().map(Question.Option::text).toList();
            case ORDERING -> q.steps();
            case MATCHING -> q.pairs().stream().map(Question.Pair::right).toList();
            default -> List.of();
        };
        List<Integer> order = displayOrder == null ? IntStream.range(0, texts.size()).boxed().toList()
                : ResponseCodec.numbers(displayOrder);
        return order.stream().map(i -> new ExamSheet.Choice(i, texts.get(i))).toList();
    }

    /** Stores an answer the moment it is given. Refused once the time (and grace) is up. */
    @RolesAllowed(Roles.TRAINEE)
    public void save(long attemptId, int position, Response response) {
        Attempt attempt = access.own(attemptId);
        requireOpen(attempt);
        AttemptAnswer answer = answers.findByAttemptIdAndPositionNo(attemptId, position)
                .orElseThrow(() -> new UserFacingException("attempt.no-such-question", position));
        if (response instanceof Response.Text typed) {
            Fields.requireStorable(typed.value());
        }
        // Clearing an answer (unticking everything, deleting the text) stores "no answer".
        String encoded = response == null || Grader.isBlank(response) ? null : ResponseCodec.encode(response);
        if (encoded != null && encoded.length() > AttemptAnswer.MAX_RESPONSE_LENGTH) {
            throw new UserFacingException("attempt.answer-too-long", AttemptAnswer.MAX_RESPONSE_LENGTH / 2);
        }
        answer.save(encoded, clock.instant());
    }

    @RolesAllowed(Roles.TRAINEE)
    public void flag(long attemptId, int position, boolean flagged) {
        Attempt attempt = access.own(attemptId);
        requireOpen(attempt);
        answers.findByAttemptIdAndPositionNo(attemptId, position).ifPresent(a -> a.flag(flagged));
    }

    /** Submits and grades; a second submit (another tab, a double click) changes nothing. */
    @RolesAllowed(Roles.TRAINEE)
    public AttemptResult submit(long attemptId) {
        Attempt attempt = access.own(attemptId);
        if (!finisher.finishIfOverdue(attempt)) {
            finisher.finish(attempt.getId(), Attempt.SubmittedBy.TRAINEE);
        }
        return results.result(attemptId);
    }

    /** Submits, with what was saved, every attempt whose time and grace are over. For the sweeper. */
    @RolesAllowed(Roles.ADMIN)
    public int finishOverdue() {
        List<Long> overdue = attempts.findOverdue(clock.instant().minus(finisher.grace()), PageRequest.of(0, 200));
        int finished = 0;
        for (Long id : overdue) {
            finished += finisher.finish(id, Attempt.SubmittedBy.DEADLINE) ? 1 : 0;
        }
        return finished;
    }




    private void requireOpen(Attempt attempt) {
        if (finisher.finishIfOverdue(attempt)) {
            throw new UserFacingException("attempt.time-up");
        }
        if (attempt.getStatus() != Attempt.Status.IN_PROGRESS) {
            throw new UserFacingException("attempt.already-submitted");
        }
    }





}
