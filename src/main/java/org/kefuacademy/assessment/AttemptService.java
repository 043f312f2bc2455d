package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kefuacademy.assessment.AssessmentOverview.Availability;
import org.kefuacademy.assessment.domain.AssessmentEntry;
import org.kefuacademy.assessment.domain.AssessmentEntryRepository;
import org.kefuacademy.assessment.domain.Attempt;
import org.kefuacademy.assessment.domain.AttemptAnswer;
import org.kefuacademy.assessment.domain.AttemptAnswerRepository;
import org.kefuacademy.assessment.domain.AttemptRepository;
import org.kefuacademy.assessment.domain.QuestionBankEntry;
import org.kefuacademy.assessment.domain.QuestionBankEntryRepository;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.curriculum.LearningPlan;
import org.kefuacademy.curriculum.PlanDay;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.MyCohort;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.security.KefuUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
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
    private final AssessmentEntryRepository assessments;
    private final QuestionBankEntryRepository banks;
    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final QuestionBanks questionBanks;
    private final CohortService cohorts;
    private final CurriculumService curriculum;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration grace;
    private final Random random = new SecureRandom();

    AttemptService(AssessmentEntryRepository assessments, QuestionBankEntryRepository banks, AttemptRepository attempts,
                   AttemptAnswerRepository answers, QuestionBanks questionBanks, CohortService cohorts,
                   CurriculumService curriculum, MarkdownRenderer markdown, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock,
                   @Value("${kefu.assessment.grace-seconds:30}") long graceSeconds) {
        this.assessments = assessments;
        this.banks = banks;
        this.attempts = attempts;
        this.answers = answers;
        this.questionBanks = questionBanks;
        this.cohorts = cohorts;
        this.curriculum = curriculum;
        this.markdown = markdown;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.grace = Duration.ofSeconds(graceSeconds);
    }

    /** The assessments of the trainee's month: when each opens and what is left of it. */
    @RolesAllowed(Roles.TRAINEE)
    public List<AssessmentOverview> mine() {
        long me = currentUser.accountId();
        Optional<MyCohort> cohort = myCohort();
        Optional<LearningPlan> plan = cohort.filter(MyCohort::assessmentNeedsModules).flatMap(c -> curriculum.myPlan());
        LocalDate today = LocalDate.now(clock);
        List<AssessmentOverview> list = new ArrayList<>();
        for (AssessmentEntry a : assessments.findByActiveTrueOrderByAssessmentKey()) {
            List<Attempt> tries = attempts.findByAccountIdAndAssessmentKeyOrderByAttemptNo(me, a.getAssessmentKey());
            tries.forEach(this::finishIfOverdue);
            LocalDate opensOn = cohort.map(c -> opensOn(a, c.cohort().calendar())).orElse(null);
            Long inProgress = tries.stream().filter(t -> t.getStatus() == Attempt.Status.IN_PROGRESS)
                    .map(Attempt::getId).findFirst().orElse(null);
            Availability availability = availability(a, cohort, plan, opensOn, today, tries, inProgress);
            var best = tries.stream().map(Attempt::getScorePercent).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            boolean passed = tries.stream().anyMatch(t -> Boolean.TRUE.equals(t.getPassed()));
            list.add(new AssessmentOverview(a.getAssessmentKey(), a.getTitle(), a.getWeekNo(), opensOn, availability,
                    a.getTimeLimitMinutes(), a.getPassMark(), a.getAttemptsAllowed(), tries.size(), inProgress, best, passed,
                    a.getQuestionCount()));
        }
        list.sort(Comparator.comparing((AssessmentOverview o) -> o.week() == null ? 99 : o.week()));
        return list;
    }

    /** The signed-in trainee's attempts, newest first. */
    @RolesAllowed(Roles.TRAINEE)
    @Transactional(readOnly = true)
    public List<AttemptSummary> myAttempts() {
        return attempts.findByAccountIdOrderByStartedAtDesc(currentUser.accountId()).stream()
                .map(a -> new AttemptSummary(a.getId(), a.getAssessmentKey(), a.getAttemptNo(), a.getStartedAt(),
                        a.getSubmittedAt(), a.getStatus() == Attempt.Status.IN_PROGRESS,
                        a.getStatus() == Attempt.Status.GRADED, a.getScorePercent(), a.getPassed()))
                .toList();
    }

    /** Starts an attempt, or returns the one in progress (so a second tab resumes the same attempt). */
    @RolesAllowed(Roles.TRAINEE)
    public long start(String assessmentKey) {
        AssessmentOverview overview = mine().stream().filter(o -> o.key().equals(assessmentKey)).findFirst()
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
        for (AssessmentDefinition.Draw draw : def.draws()) {
            QuestionBankEntry bank = banks.findById(draw.bank()).filter(QuestionBankEntry::isActive)
                    .orElseThrow(() -> new UserFacingException("assessment.bank-missing", draw.bank()));
            List<Question> pool = new ArrayList<>(questionBanks.version(bank.getCurrentVersionId()).questions().stream()
                    .filter(draw::accepts).toList());
            Collections.shuffle(pool, random);
            pool.stream().limit(draw.count()).forEach(q -> drawn.add(new Drawn(bank.getCurrentVersionId(), q)));
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
        Attempt attempt = own(attemptId);
        finishIfOverdue(attempt);
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
        Attempt attempt = own(attemptId);
        requireOpen(attempt);
        AttemptAnswer answer = answers.findByAttemptIdAndPositionNo(attemptId, position)
                .orElseThrow(() -> new UserFacingException("attempt.no-such-question", position));
        String encoded = response == null ? null : ResponseCodec.encode(response);
        if (encoded != null && encoded.length() > AttemptAnswer.MAX_RESPONSE_LENGTH) {
            throw new UserFacingException("attempt.answer-too-long", AttemptAnswer.MAX_RESPONSE_LENGTH / 2);
        }
        answer.save(encoded, clock.instant());
    }

    @RolesAllowed(Roles.TRAINEE)
    public void flag(long attemptId, int position, boolean flagged) {
        Attempt attempt = own(attemptId);
        requireOpen(attempt);
        answers.findByAttemptIdAndPositionNo(attemptId, position).ifPresent(a -> a.flag(flagged));
    }

    /** Submits and grades; a second submit (another tab, a double click) changes nothing. */
    @RolesAllowed(Roles.TRAINEE)
    public AttemptResult submit(long attemptId) {
        Attempt attempt = own(attemptId);
        if (!finishIfOverdue(attempt)) {
            finish(attempt.getId(), Attempt.SubmittedBy.TRAINEE);
        }
        return result(attemptId);
    }

    /** Submits, with what was saved, every attempt whose time and grace are over. For the sweeper. */
    @RolesAllowed(Roles.ADMIN)
    public int finishOverdue() {
        List<Long> overdue = attempts.findOverdue(clock.instant().minus(grace), PageRequest.of(0, 200));
        int finished = 0;
        for (Long id : overdue) {
            finished += finish(id, Attempt.SubmittedBy.DEADLINE) ? 1 : 0;
        }
        return finished;
    }

    /** The result and review of an attempt: the trainee's own, or anyone's for trainers and HR. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public AttemptResult result(long attemptId) {
        Attempt attempt = readable(attemptId);
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
        return new AttemptResult(attempt.getId(), def.title(), attempt.getAttemptNo(),
                attempt.getStatus() == Attempt.Status.GRADED, attempt.getScore(), attempt.getMaxScore(),
                attempt.getScorePercent(), attempt.getPassed(), attempt.getPendingManual(), def.passMark(),
                attempt.getSubmittedAt(), attempt.getSubmittedBy() == Attempt.SubmittedBy.DEADLINE, items, byCompetence);
    }

    /** Grades exactly once: only the caller that moves the attempt out of IN_PROGRESS does the grading. */
    private boolean finish(long attemptId, Attempt.SubmittedBy by) {
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
        return true;
    }

    /** Submits an attempt whose time and grace are over; true when it did. */
    private boolean finishIfOverdue(Attempt attempt) {
        if (attempt.getStatus() == Attempt.Status.IN_PROGRESS
                && clock.instant().isAfter(attempt.getDeadlineAt().plus(grace))) {
            finish(attempt.getId(), Attempt.SubmittedBy.DEADLINE);
            return true;
        }
        return false;
    }

    private void requireOpen(Attempt attempt) {
        if (finishIfOverdue(attempt)) {
            throw new UserFacingException("attempt.time-up");
        }
        if (attempt.getStatus() != Attempt.Status.IN_PROGRESS) {
            throw new UserFacingException("attempt.already-submitted");
        }
    }

    /** The signed-in trainee's own attempt, or a refusal that reveals nothing about others'. */
    private Attempt own(long attemptId) {
        Attempt attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
        if (!attempt.getAccountId().equals(currentUser.accountId())) {
            throw new AccessDeniedException("not your attempt");
        }
        return attempt;
    }

    private Attempt readable(long attemptId) {
        KefuUser me = currentUser.require();
        if (me.hasRole(Role.TRAINER) || me.hasRole(Role.HR) || me.hasRole(Role.ADMIN)) {
            return attempts.findById(attemptId).orElseThrow(() -> new UserFacingException("attempt.not-found", attemptId));
        }
        return own(attemptId);
    }

    private Optional<MyCohort> myCohort() {
        return cohorts.mine().stream().filter(c -> !c.asTrainer()).findFirst();
    }

    static LocalDate opensOn(AssessmentEntry a, TrainingCalendar calendar) {
        return AssessmentDefinition.Opens.FINAL_DAY.id().equals(a.getOpens()) || a.getWeekNo() == null
                ? calendar.dateOf(TrainingCalendar.WEEKS, TrainingCalendar.DAYS_PER_WEEK)
                : calendar.dateOf(a.getWeekNo(), TrainingCalendar.DAYS_PER_WEEK);
    }

    private static Availability availability(AssessmentEntry a, Optional<MyCohort> cohort, Optional<LearningPlan> plan,
                                             LocalDate opensOn, LocalDate today, List<Attempt> tries, Long inProgress) {
        if (cohort.isEmpty()) {
            return Availability.NO_COHORT;
        }
        if (inProgress != null) {
            return Availability.IN_PROGRESS;
        }
        if (today.isBefore(opensOn)) {
            return Availability.NOT_YET;
        }
        if (tries.stream().anyMatch(t -> Boolean.TRUE.equals(t.getPassed()))) {
            return Availability.PASSED;
        }
        if (tries.size() >= a.getAttemptsAllowed()) {
            return Availability.NO_ATTEMPTS_LEFT;
        }
        if (plan.isPresent()) {
            List<PlanDay> needed = a.getWeekNo() == null ? plan.get().days() : plan.get().week(a.getWeekNo());
            if (!needed.stream().allMatch(PlanDay::done)) {
                return Availability.MODULES_FIRST;
            }
        }
        return Availability.OPEN;
    }
}
