package org.kefuacademy.perf;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.roleplay.engine.Effect;
import org.kefuacademy.roleplay.engine.Node;
import org.kefuacademy.roleplay.engine.RunState;
import org.kefuacademy.roleplay.engine.ScenarioEngine;
import org.kefuacademy.roleplay.engine.StepResult;

/**
 * Plays a scenario through the application's own engine and reply analysis, as a trainee of a given
 * skill would: the best-scoring choice with probability {@code skill}, a reply written well or poorly.
 * Writes the run, its steps, their scores and the competence evidence they produce.
 */
final class RoleplayPlayer {
    private static final int MAX_STEPS = 40;
    private static final List<String> GOOD_REPLIES = List.of(
            "您好，非常抱歉给您带来不便，我先记录一下您的房号和具体情况，马上安排维修师傅上门查看，处理好之后我再给您回个电话确认。",
            "请您先别着急，我理解您的心情。我这边立即登记，今天下午五点前给您答复处理进度，您看这样可以吗？",
            "感谢您的耐心，按照规定需要核实一下您的身份信息，核实后我马上为您办理，办理结果我会及时通知您。");
    private static final List<String> POOR_REPLIES = List.of(
            "这个不归我们管，你去找别人吧。",
            "知道了，等着吧。",
            "我们会处理的。");
    private final Random random;
    private final Catalogue catalogue;
    private final DataScaleGenerator.Tables t;

    RoleplayPlayer(Random random, Catalogue catalogue, DataScaleGenerator.Tables tables) {
        this.random = random;
        this.catalogue = catalogue;
        this.t = tables;
    }

    /** Plays one run from {@code start}; returns the number of steps taken. */
    int play(long accountId, Catalogue.ScenarioRow s, boolean assessed, Instant start, double skill) {
        ScenarioEngine engine = new ScenarioEngine(s.scenario());
        RunState state = engine.start().state();
        long runId = t.ids.next("roleplay_run");
        Instant at = start;
        int seq = 0;
        while (!state.finished() && seq < MAX_STEPS) {
            Node node = engine.current(state);
            StepResult r;
            if (node.timerSeconds() != null && random.nextDouble() < 0.03) {
                r = engine.timeout(state);
            } else if (node.kind() == Node.Kind.REPLY) {
                List<String> pool = random.nextDouble() < skill ? GOOD_REPLIES : POOR_REPLIES;
                String text = pool.get(random.nextInt(pool.size()));
                r = engine.reply(state, text, catalogue.analyzer().analyse(text, node.reply().expected()));
            } else if (node.kind() == Node.Kind.CHOICE) {
                List<Integer> visible = engine.visibleChoices(state);
                int pick = random.nextDouble() < skill ? best(node, visible) : visible.get(random.nextInt(visible.size()));
                r = engine.choose(state, pick);
            } else {
                break;
            }
            seq++;
            int seconds = 8 + random.nextInt(70);
            at = at.plusSeconds(seconds);
            long stepId = t.ids.next("roleplay_step");
            t.steps.add(stepId, runId, seq, r.kind().name(), r.nodeId(), r.choiceIndex() >= 0 ? r.choiceIndex() : null, r.text(),
                    describe(r.applied()), r.kind() == StepResult.Kind.REPLY ? r.state().lastReplyPercent() : null, r.moodBefore(),
                    r.moodAfter(), seconds, r.entered().stream().map(Node::id).collect(Collectors.joining(",")), at);
            Set<Competence> touched = new TreeSet<>(r.possible().keySet());
            touched.addAll(r.earned().keySet());
            for (Competence c : touched) {
                int earned = r.earned().getOrDefault(c, 0);
                int possible = r.possible().getOrDefault(c, 0);
                t.stepScores.add(t.ids.next("roleplay_step_score"), stepId, runId, c.id(), earned, possible, null);
                t.evidence.add(t.ids.next("competence_evidence"), accountId, c.id(), "ROLEPLAY", "roleplay-step:" + stepId,
                        s.key() + " #" + seq, earned, possible, at);
            }
            state = r.state();
        }
        boolean finished = state.finished();
        String ending = finished ? s.scenario().node(state.nodeId()).orElseThrow().ending().kind().id() : null;
        Integer percent = finished ? (state.totalPossible() <= 0 ? 0
                : (int) Math.max(0, Math.min(100, Math.round(100.0 * state.totalPoints() / state.totalPossible())))) : null;
        t.runs.add(runId, accountId, s.key(), s.versionId(), assessed, start, finished ? at : null, state.nodeId(), at, state.mood(),
                state.flags().stream().sorted().collect(Collectors.joining(",")), state.lastReplyPercent(), state.decisions(), ending,
                state.totalPoints(), state.totalPossible(), percent, seq + 1);
        return seq;
    }

    private static int best(Node node, List<Integer> visible) {
        int best = visible.getFirst();
        int bestPoints = Integer.MIN_VALUE;
        for (int i : visible) {
            int points = node.choices().get(i).effects().stream().filter(Effect.Points.class::isInstance)
                    .mapToInt(e -> ((Effect.Points) e).points()).sum();
            if (points > bestPoints) {
                best = i;
                bestPoints = points;
            }
        }
        return best;
    }

    /** As the application describes applied effects on a step row. */
    private static String describe(List<Effect> effects) {
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
