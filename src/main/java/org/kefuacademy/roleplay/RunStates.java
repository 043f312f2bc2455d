package org.kefuacademy.roleplay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.roleplay.domain.ReplyHitRow;
import org.kefuacademy.roleplay.domain.ReplyHitRowRepository;
import org.kefuacademy.roleplay.domain.RoleplayRun;
import org.kefuacademy.roleplay.domain.RoleplayStep;
import org.kefuacademy.roleplay.domain.RoleplayStepRepository;
import org.kefuacademy.roleplay.domain.StepScore;
import org.kefuacademy.roleplay.domain.StepScoreRepository;
import org.kefuacademy.roleplay.engine.Effect;
import org.kefuacademy.roleplay.engine.Node;
import org.kefuacademy.roleplay.engine.RunState;
import org.kefuacademy.roleplay.engine.Scenario;
import org.kefuacademy.roleplay.engine.StepResult;
import org.kefuacademy.roleplay.reply.Hit;
import org.kefuacademy.roleplay.reply.ReplyAnalysis;
import org.kefuacademy.roleplay.reply.ServiceStep;
import org.springframework.stereotype.Component;

/** Turns a stored run into the engine's state and stores each step the engine takes (with its scores and hits). */
@Component
class RunStates {
    private final RoleplayStepRepository steps;
    private final StepScoreRepository scores;
    private final ReplyHitRowRepository hits;

    RunStates(RoleplayStepRepository steps, StepScoreRepository scores, ReplyHitRowRepository hits) {
        this.steps = steps;
        this.scores = scores;
        this.hits = hits;
    }

    /** The engine's state of a run: the row's node, mood and flags, and the engine's own points (not overrides). */
    RunState stateOf(RoleplayRun run) {
        Map<Competence, Integer> earned = new EnumMap<>(Competence.class);
        Map<Competence, Integer> possible = new EnumMap<>(Competence.class);
        for (StepScore s : scores.findByRunId(run.getId())) {
            Competence c = Competence.byId(s.getCompetence()).orElseThrow();
            earned.merge(c, s.getEarned(), Integer::sum);
            possible.merge(c, s.getPossible(), Integer::sum);
        }
        Set<String> flags = run.getFlags().isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(run.getFlags().split(",")));
        return new RunState(run.getNodeId(), run.getMood(), earned, possible, flags, run.getLastReplyPercent(),
                run.getDecisions(), run.isFinished());
    }

    /** Keeps the state after the opening (or a step) on the run row. */
    static void keep(RoleplayRun run, RunState state, Scenario scenario, Instant now) {
        run.moveTo(state.nodeId(), state.mood(), state.flags().stream().sorted().collect(Collectors.joining(",")),
                state.lastReplyPercent(), state.decisions(), now);
        if (state.finished()) {
            run.finish(scenario.node(state.nodeId()).orElseThrow().ending().kind().id(), now);
        }
        run.totals(state.totalPoints(), state.totalPossible());
    }

    /** Stores one step with its scores per competence and, for a reply, what the analysis found. */
    RoleplayStep record(RoleplayRun run, StepResult result, Scenario scenario, Instant now) {
        int seq = steps.countByRunId(run.getId()) + 1;
        int seconds = (int) Math.max(0, Duration.between(run.getNodeEnteredAt(), now).toSeconds());
        Integer replyPercent = result.kind() == StepResult.Kind.REPLY ? result.state().lastReplyPercent() : null;
        RoleplayStep step = steps.save(new RoleplayStep(run.getId(), seq, result.kind().name(), result.nodeId(),
                result.choiceIndex() >= 0 ? result.choiceIndex() : null, result.text(), describe(result.applied()),
                replyPercent, result.moodBefore(), result.moodAfter(), seconds,
                result.entered().stream().map(Node::id).collect(Collectors.joining(",")), now));
        Set<Competence> touched = new LinkedHashSet<>(result.possible().keySet());
        touched.addAll(result.earned().keySet());
        for (Competence c : touched) {
            scores.save(new StepScore(step.getId(), run.getId(), c.id(), result.earned().getOrDefault(c, 0),
                    result.possible().getOrDefault(c, 0)));
        }
        if (result.analysis() != null) {
            hits.saveAll(hitRows(step.getId(), result.analysis(), scenario.node(result.nodeId()).orElseThrow()));
        }
        keep(run, result.state(), scenario, now);
        return step;
    }

    private static List<ReplyHitRow> hitRows(long stepId, ReplyAnalysis analysis, Node node) {
        List<ReplyHitRow> rows = new ArrayList<>();
        analysis.stepsFound().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                rows.add(row(stepId, "STEP", e.getValue(), node.reply().expected().contains(e.getKey()) ? 1 : 0)));
        for (ServiceStep missing : analysis.missing()) {
            Hit why = analysis.missingExplained().get(missing);
            rows.add(new ReplyHitRow(stepId, "MISSING", missing.id(), why == null ? missing.id() : why.label(),
                    why == null ? "" : why.reason(), null, null, 0));
        }
        analysis.polite().forEach(h -> rows.add(row(stepId, "POLITE", h, h.points())));
        analysis.taboo().forEach(h -> rows.add(row(stepId, "TABOO", h, h.points())));
        return rows;
    }

    private static ReplyHitRow row(long stepId, String category, Hit hit, int points) {
        return new ReplyHitRow(stepId, category, hit.groupId(), hit.label(), hit.reason(), hit.phrase(), hit.matched(), points);
    }

    /** "complaints +2, mood +10, set rude": the effects as written in scenario files. */
    static String describe(List<Effect> effects) {
        String text = effects.stream().map(e -> switch (e) {
            case Effect.Points p -> p.competence().id() + " " + signed(p.points());
            case Effect.Mood m -> "mood " + signed(m.change());
            case Effect.SetFlag f -> "set " + f.flag();
            case Effect.ClearFlag f -> "clear " + f.flag();
        }).collect(Collectors.joining(", "));
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    private static String signed(int n) {
        return n >= 0 ? "+" + n : String.valueOf(n);
    }
}
