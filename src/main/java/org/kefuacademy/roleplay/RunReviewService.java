package org.kefuacademy.roleplay;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.roleplay.domain.RoleplayRun;
import org.kefuacademy.roleplay.domain.RoleplayRunRepository;
import org.kefuacademy.roleplay.domain.RoleplayStep;
import org.kefuacademy.roleplay.domain.RoleplayStepRepository;
import org.kefuacademy.roleplay.domain.StepReview;
import org.kefuacademy.roleplay.domain.StepReviewRepository;
import org.kefuacademy.roleplay.domain.StepScore;
import org.kefuacademy.roleplay.domain.StepScoreRepository;
import org.kefuacademy.roleplay.engine.Effect;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a run: the debrief (own runs; a trainer their cohorts' trainees'; HR any), and the trainers' review — a comment on any step,
 * or a score override with a required reason, kept in an audit trail with the old and new points.
 */
@Service
@Transactional
public class RunReviewService {
    public static final String AUDIT_OVERRIDE = "OVERRIDE_SCORE";
    private final AuditLog audit;
    private final RoleplayRunRepository runs;
    private final RoleplayStepRepository steps;
    private final StepScoreRepository scores;
    private final StepReviewRepository reviews;
    private final RunAccess access;
    private final Scenarios scenarios;
    private final Transcripts transcripts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RunReviewService(RoleplayRunRepository runs, RoleplayStepRepository steps, StepScoreRepository scores,
                     StepReviewRepository reviews, RunAccess access, Scenarios scenarios, Transcripts transcripts,
                     CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.runs = runs;
        this.steps = steps;
        this.scores = scores;
        this.reviews = reviews;
        this.access = access;
        this.scenarios = scenarios;
        this.transcripts = transcripts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Debrief debrief(long runId) {
        RoleplayRun run = access.readable(runId);
        return transcripts.debrief(run, scenarios.scenario(run.getScenarioVersionId()), clock.instant());
    }

    /**
     * Finished runs, newest first, a page at a time (the review list): HR and administrators everyone's,
     * a trainer their cohorts' trainees' (and their own play-tests), filtered in the query.
     */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<RunSummary> finishedRuns(int offset, int limit) {
        int size = Math.max(1, limit);
        PageRequest page = PageRequest.of(offset / size, size);
        return transcripts.summaries(access.readablePeople()
                .map(ids -> runs.finishedNewestFirstOf(ids, page))
                .orElseGet(() -> runs.finishedNewestFirst(page)));
    }

    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long countFinishedRuns() {
        return access.readablePeople().map(runs::countFinishedOf).orElseGet(runs::countFinished);
    }

    /** A person's runs, newest first: HR and administrators anyone's, a trainer their cohorts' trainees'. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<RunSummary> runsOf(long accountId) {
        access.requireReadable(accountId);
        return transcripts.summaries(runs.findByAccountIdOrderByStartedAtDesc(accountId));
    }

    /** A trainer's comment on a step, shown to the trainee in the debrief. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public void comment(long stepId, String text) {
        String comment = requireText(text);
        RoleplayStep step = steps.findById(stepId).orElseThrow(() -> new UserFacingException("roleplay.step-not-found"));
        access.readable(step.getRunId());
        reviews.save(new StepReview(step.getId(), step.getRunId(), currentUser.accountId(), comment, null, null, null,
                clock.instant()));
    }

    /**
     * Sets the points of one competence at one step (e.g. a reply the analysis misjudged). The engine's
     * figure is kept; the run's total and percent follow the override; the change is audited.
     */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public void override(long stepId, Competence competence, int points, String reason) {
        String why = requireText(reason);
        StepScore score = scores.findByStepIdAndCompetence(stepId, competence.id())
                .orElseThrow(() -> new UserFacingException("roleplay.override-no-score", competence.id()));
        RoleplayRun run = access.readable(score.getRunId());
        if (points < -Effect.MAX_POINTS || points > score.getPossible()) {
            throw new UserFacingException("roleplay.override-range", -Effect.MAX_POINTS, score.getPossible());
        }
        int old = score.effectiveEarned();
        score.override(points);
        Instant now = clock.instant();
        reviews.save(new StepReview(stepId, run.getId(), currentUser.accountId(), why, competence.id(), old, points, now));
        audit.record(AUDIT_OVERRIDE, run.getAccountId(), run.getScenarioKey() + " " + competence.id() + " " + old + " → " + points + "：" + why);
        List<StepScore> all = scores.findByRunId(run.getId());
        run.totals(all.stream().mapToInt(StepScore::effectiveEarned).sum(), all.stream().mapToInt(StepScore::getPossible).sum());
        int seq = steps.findById(stepId).map(RoleplayStep::getSeq).orElse(0);
        events.publishEvent(new RoleplayStepScored(run.getId(), stepId, seq, run.getAccountId(), run.getScenarioKey(),
                run.isAssessed(), effective(all, stepId, true), effective(all, stepId, false), now));
    }

    private static Map<Competence, Integer> effective(List<StepScore> all, long stepId, boolean earned) {
        Map<Competence, Integer> map = new java.util.EnumMap<>(Competence.class);
        all.stream().filter(s -> s.getStepId() == stepId).forEach(s -> map.put(Competence.byId(s.getCompetence()).orElseThrow(),
                earned ? s.effectiveEarned() : s.getPossible()));
        return map;
    }

    private static String requireText(String text) {
        return Fields.required(text, StepReview.MAX_COMMENT_LENGTH, "roleplay.review-text-required", "roleplay.review-too-long");
    }
}
