package org.kefuacademy.roleplay;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.roleplay.domain.RoleplayRun;
import org.kefuacademy.roleplay.domain.RoleplayRunRepository;
import org.kefuacademy.roleplay.domain.RoleplayStep;
import org.kefuacademy.roleplay.domain.ScenarioEntry;
import org.kefuacademy.roleplay.domain.ScenarioEntryRepository;
import org.kefuacademy.roleplay.engine.Channel;
import org.kefuacademy.roleplay.engine.Node;
import org.kefuacademy.roleplay.engine.RunState;
import org.kefuacademy.roleplay.engine.Scenario;
import org.kefuacademy.roleplay.engine.ScenarioEngine;
import org.kefuacademy.roleplay.engine.StepResult;
import org.kefuacademy.roleplay.reply.ReplyAnalysis;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playing scenarios: start (or resume) a run, answer the current node by choice, reply or timeout.
 * Every step is stored the moment it is taken; a step for a node the run has already left (a second
 * tab, a double click) is refused and changes nothing. Answers to one run are serialised by a row lock.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class RoleplayService {
    /** Assessed runs allowed per scenario; the best counts. */
    public static final int ASSESSED_RUNS_ALLOWED = 2;
    /** Seconds allowed beyond a node's timer for the round trip before an answer counts as too late. */
    public static final int TIMER_GRACE_SECONDS = 2;

    private final ScenarioEntryRepository catalogue;
    private final RoleplayRunRepository runs;
    private final Scenarios scenarios;
    private final ContentVersionService versions;
    private final RunStates states;
    private final RunAccess access;
    private final Transcripts transcripts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoleplayService(ScenarioEntryRepository catalogue, RoleplayRunRepository runs, Scenarios scenarios,
                    ContentVersionService versions, RunStates states,
                    RunAccess access, Transcripts transcripts, CurrentUser currentUser, ApplicationEventPublisher events,
                    Clock clock) {
        this.catalogue = catalogue;
        this.runs = runs;
        this.scenarios = scenarios;
        this.versions = versions;
        this.states = states;
        this.access = access;
        this.transcripts = transcripts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The active scenarios with the signed-in person's record on each. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ScenarioCard> scenarios() {
        long me = currentUser.accountId();
        List<RoleplayRun> mine = runs.findByAccountIdOrderByStartedAtDesc(me);
        return catalogue.findByActiveTrueOrderByWeekNoAscScenarioKeyAsc().stream().map(e -> card(e, mine)).toList();
    }

    private static ScenarioCard card(ScenarioEntry e, List<RoleplayRun> mine) {
        List<RoleplayRun> here = mine.stream().filter(r -> r.getScenarioKey().equals(e.getScenarioKey())).toList();
        Integer best = here.stream().filter(RoleplayRun::isFinished).map(RoleplayRun::getScorePercent)
                .max(Integer::compare).orElse(null);
        long assessedUsed = here.stream().filter(RoleplayRun::isAssessed).count();
        Long unfinished = here.stream().filter(r -> !r.isFinished()).findFirst().map(RoleplayRun::getId).orElse(null);
        return new ScenarioCard(e.getScenarioKey(), e.getTitle(), Channel.byId(e.getChannel()).orElse(Channel.DESK),
                e.getWeekNo(), e.getDifficulty(), e.isAssessed(), e.getSummary(),
                java.util.Arrays.stream(e.getCompetences().split(",")).map(Competence::byId).flatMap(Optional::stream).toList(),
                e.getDecisionCount(), here.size(), best,
                e.isAssessed() ? (int) Math.max(0, ASSESSED_RUNS_ALLOWED - assessedUsed) : 0, unfinished);
    }

    /** Key → title of every scenario ever loaded (runs keep pointing at retired ones too). */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<String, String> titles() {
        Map<String, String> titles = new java.util.HashMap<>();
        catalogue.findAll().forEach(e -> titles.put(e.getScenarioKey(), e.getTitle()));
        return titles;
    }

    /**
     * Starts a run of the scenario's current version, or returns the person's unfinished run of it in
     * the same mode (so a closed tab resumes rather than starts over).
     */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public long start(String scenarioKey, boolean assessed) {
        long me = currentUser.accountId();
        ScenarioEntry entry = catalogue.findById(scenarioKey).filter(ScenarioEntry::isActive)
                .orElseThrow(() -> new UserFacingException("roleplay.scenario-not-found", scenarioKey));
        Optional<RoleplayRun> open = runs.findByAccountIdOrderByStartedAtDesc(me).stream()
                .filter(r -> r.getScenarioKey().equals(scenarioKey) && r.isAssessed() == assessed && !r.isFinished()).findFirst();
        if (open.isPresent()) {
            return open.get().getId();
        }
        if (assessed) {
            if (!entry.isAssessed()) {
                throw new UserFacingException("roleplay.not-assessed", entry.getTitle());
            }
            if (runs.findByAccountIdAndScenarioKeyAndAssessedTrue(me, scenarioKey).size() >= ASSESSED_RUNS_ALLOWED) {
                throw new UserFacingException("roleplay.assessed-used-up", entry.getTitle(), ASSESSED_RUNS_ALLOWED);
            }
        }
        Scenario scenario = scenarios.scenario(entry.getCurrentVersionId());
        Instant now = clock.instant();
        RoleplayRun run = new RoleplayRun(me, scenarioKey, entry.getCurrentVersionId(), assessed, now);
        RunStates.keep(run, new ScenarioEngine(scenario).start().state(), scenario, now);
        return runs.save(run).getId();
    }

    /** A trainer's practice run of any stored version of a scenario (to try an edit or an older version). */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public long playTest(String scenarioKey, long versionId) {
        versions.find(versionId).filter(v -> v.kind().equals(RoleplayContentSync.SCENARIO_KIND) && v.key().equals(scenarioKey))
                .orElseThrow(() -> new UserFacingException("roleplay.scenario-not-found", scenarioKey));
        Scenario scenario = scenarios.scenario(versionId);
        Instant now = clock.instant();
        RoleplayRun run = new RoleplayRun(currentUser.accountId(), scenarioKey, versionId, false, now);
        RunStates.keep(run, new ScenarioEngine(scenario).start().state(), scenario, now);
        return runs.save(run).getId();
    }

    /** The run as the play screen shows it (own runs; a trainer their cohorts' trainees'; HR anyone's). */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public RunView view(long runId) {
        RoleplayRun run = access.readable(runId);
        return transcripts.view(run, scenarios.scenario(run.getScenarioVersionId()), clock.instant());
    }

    /** Picks option {@code choiceIndex} at node {@code nodeId}. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public RunView choose(long runId, String nodeId, int choiceIndex) {
        return step(runId, nodeId, (engine, state, elapsed) -> {
            if (!engine.visibleChoices(state).contains(choiceIndex)) {
                throw new UserFacingException("roleplay.choice-not-offered");
            }
            return engine.choose(state, choiceIndex);
        });
    }

    /** Answers node {@code nodeId} with free text; the reply is stored whatever it says. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public RunView reply(long runId, String nodeId, String text) {
        String reply = Fields.required(text, RoleplayStep.MAX_REPLY_LENGTH, "roleplay.reply-empty", "roleplay.reply-too-long");
        return step(runId, nodeId, (engine, state, elapsed) -> {
            if (engine.current(state).kind() != Node.Kind.REPLY) {
                throw new UserFacingException("roleplay.choice-not-offered");
            }
            ReplyAnalysis analysis = scenarios.analyzer().analyse(reply, engine.current(state).reply().expected());
            return engine.reply(state, reply, analysis);
        });
    }

    /** The browser's timer ran out at node {@code nodeId}; refused while the server's clock says time is left. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public RunView timeout(long runId, String nodeId) {
        return step(runId, nodeId, (engine, state, elapsed) -> {
            Integer timer = engine.current(state).timerSeconds();
            if (timer == null) {
                throw new UserFacingException("roleplay.choice-not-offered");
            }
            if (elapsed < timer - 1) {
                throw new UserFacingException("roleplay.timer-running");
            }
            return engine.timeout(state);
        });
    }

    /** One answer at the current node; {@code elapsed} is how long the node has been shown, by the server's clock. */
    private interface Move {
        StepResult apply(ScenarioEngine engine, RunState state, long elapsed);
    }

    private RunView step(long runId, String nodeId, Move move) {
        RoleplayRun run = access.ownForUpdate(runId);
        if (run.isFinished()) {
            throw new UserFacingException("roleplay.run-finished");
        }
        if (!run.getNodeId().equals(nodeId)) {
            throw new UserFacingException("roleplay.already-answered");
        }
        Scenario scenario = scenarios.scenario(run.getScenarioVersionId());
        ScenarioEngine engine = new ScenarioEngine(scenario);
        RunState state = states.stateOf(run);
        Instant now = clock.instant();
        long elapsed = Duration.between(run.getNodeEnteredAt(), now).toSeconds();
        Integer timer = engine.current(state).timerSeconds();
        // The server's clock decides: an answer after the timer (and a short grace) counts as no answer.
        boolean late = timer != null && elapsed > timer + TIMER_GRACE_SECONDS;
        StepResult result = late ? engine.timeout(state) : move.apply(engine, state, elapsed);
        RoleplayStep step;
        try {
            step = states.record(run, result, scenario, now);
            runs.saveAndFlush(run);
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            // The row lock makes this rare; a second answer that still slips through stores nothing.
            throw new UserFacingException("roleplay.already-answered");
        }
        if (!result.possible().isEmpty() || !result.earned().isEmpty()) {
            events.publishEvent(new RoleplayStepScored(run.getId(), step.getId(), step.getSeq(), run.getAccountId(), run.getScenarioKey(),
                    run.isAssessed(), result.earned(), result.possible(), now));
        }
        if (run.isFinished()) {
            events.publishEvent(new RoleplayRunFinished(run.getId(), run.getAccountId(), run.getScenarioKey(), run.isAssessed(),
                    run.getEndingKind(), run.getScorePercent(), now));
        }
        return transcripts.view(run, scenario, now);
    }

    /** The signed-in person's runs, newest first. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<RunSummary> myRuns() {
        return transcripts.summaries(runs.findByAccountIdOrderByStartedAtDesc(currentUser.accountId()));
    }

    /** Best assessed result per scenario of a person, for the final assessment's practical part (own; a trainer's trainees'; HR anyone's). */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<String, Integer> bestAssessed(long accountId) {
        access.requireReadable(accountId);
        Map<String, Integer> best = new java.util.TreeMap<>();
        runs.bestAssessed(accountId).forEach(b -> best.put(b.getScenarioKey(), b.getBest()));
        return best;
    }
}
