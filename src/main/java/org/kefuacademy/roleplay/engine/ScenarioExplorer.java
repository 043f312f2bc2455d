package org.kefuacademy.roleplay.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kefuacademy.roleplay.reply.Hit;
import org.kefuacademy.roleplay.reply.ReplyAnalysis;
import org.kefuacademy.roleplay.reply.ServiceStep;

/**
 * Plays every path of a scenario through the engine (each choice on offer, a reply that does all,
 * half or none of the expected steps, and running out of time) to find which endings can really be
 * reached once conditions are taken into account. The validator only sees the graph; this sees play.
 */
public final class ScenarioExplorer {
    private static final int MAX_STATES = 200_000;

    /** Endings reached, endings never reached, and whether the search covered every state. */
    public record Report(Set<String> reachedEndings, Set<String> unreachedEndings, int states, boolean complete,
                         Map<String, List<String>> examplePaths) {
    }

    public Report explore(Scenario scenario) {
        ScenarioEngine engine = new ScenarioEngine(scenario);
        boolean pointsMatter = readsPoints(scenario);
        Set<Object> seen = new HashSet<>();
        Deque<Path> todo = new ArrayDeque<>();
        todo.add(new Path(engine.start().state(), List.of()));
        Map<String, List<String>> examples = new HashMap<>();
        while (!todo.isEmpty() && seen.size() < MAX_STATES) {
            Path path = todo.poll();
            RunState state = path.state();
            // Two states that differ only in points lead to the same places unless a condition reads points.
            if (!seen.add(pointsMatter ? state : List.of(state.nodeId(), state.mood(), state.flags(), state.lastReplyPercent()))) {
                continue;
            }
            if (state.finished()) {
                examples.putIfAbsent(state.nodeId(), path.moves());
                continue;
            }
            Node node = engine.current(state);
            if (node.kind() == Node.Kind.CHOICE) {
                for (int i : engine.visibleChoices(state)) {
                    todo.add(path.then(engine.choose(state, i).state(), "choice " + (i + 1) + " at " + node.id()));
                }
            } else {
                for (int share : List.of(100, 50, 0)) {
                    todo.add(path.then(engine.reply(state, "", replyDoing(node.reply().expected(), share)).state(),
                            "reply " + share + "% at " + node.id()));
                }
            }
            if (node.timerSeconds() != null) {
                todo.add(path.then(engine.timeout(state).state(), "timeout at " + node.id()));
            }
        }
        Set<String> all = new LinkedHashSet<>();
        scenario.endings().forEach(n -> all.add(n.id()));
        Set<String> unreached = new LinkedHashSet<>(all);
        unreached.removeAll(examples.keySet());
        return new Report(examples.keySet(), unreached, seen.size(), todo.isEmpty(), examples);
    }

    private static boolean readsPoints(Scenario scenario) {
        List<Condition> conditions = new ArrayList<>();
        scenario.nodes().values().forEach(n -> {
            n.choices().forEach(c -> conditions.add(c.condition()));
            n.routes().forEach(r -> conditions.add(r.condition()));
        });
        return conditions.stream().flatMap(c -> c.terms().stream()).anyMatch(t -> t instanceof Condition.Compare cmp
                && !cmp.variable().equals("mood") && !cmp.variable().equals("reply"));
    }

    /** An analysis in which the first {@code share} percent of the expected steps were found. */
    private static ReplyAnalysis replyDoing(Set<ServiceStep> expected, int share) {
        List<ServiceStep> steps = new ArrayList<>(EnumSet.copyOf(expected));
        int count = (int) Math.ceil(steps.size() * share / 100.0);
        Map<ServiceStep, Hit> found = new HashMap<>();
        steps.subList(0, count).forEach(s -> found.put(s, new Hit(null, s.id(), s.id(), "", "", "", null, 0, 0)));
        return new ReplyAnalysis(found, steps.subList(count, steps.size()), List.of(), List.of());
    }

    private record Path(RunState state, List<String> moves) {
        Path then(RunState next, String move) {
            List<String> longer = new ArrayList<>(moves);
            longer.add(move);
            return new Path(next, longer);
        }
    }
}
