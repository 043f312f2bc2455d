package org.kefuacademy.roleplay.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.kefuacademy.platform.content.ContentProblem;

/**
 * Checks the scenario as a graph: every target exists, every node can be reached from the start,
 * an ending can be reached from every node, automatic routes never loop by themselves, and every
 * flag a condition reads is set somewhere.
 */
final class ScenarioValidator {
    private final String path;
    private final Map<String, Node> nodes;
    private final List<ContentProblem> problems;

    ScenarioValidator(String path, Map<String, Node> nodes, List<ContentProblem> problems) {
        this.path = path;
        this.nodes = nodes;
        this.problems = problems;
    }

    void check() {
        if (nodes.isEmpty()) {
            return;
        }
        int before = problems.size();
        checkTargets();
        if (problems.size() > before) {
            return;
        }
        if (nodes.values().stream().noneMatch(n -> n.kind() == Node.Kind.ENDING)) {
            problem(nodes.values().iterator().next().line(), "roleplay.problem.no-ending");
            return;
        }
        Set<String> reachable = reachableFromStart();
        nodes.values().stream().filter(n -> !reachable.contains(n.id()))
                .forEach(n -> problem(n.line(), "roleplay.problem.unreachable", n.id()));
        Set<String> finishing = canReachAnEnding();
        nodes.values().stream().filter(n -> reachable.contains(n.id()) && !finishing.contains(n.id()))
                .forEach(n -> problem(n.line(), "roleplay.problem.never-ends", n.id()));
        checkAutomaticLoops();
        checkFlags();
    }

    private void checkTargets() {
        for (Node n : nodes.values()) {
            n.choices().forEach(c -> target(c.target(), c.line()));
            n.routes().forEach(r -> target(r.target(), r.line()));
            if (n.timeoutTarget() != null) {
                target(n.timeoutTarget(), n.line());
            }
        }
    }

    private void target(String id, int line) {
        if (!nodes.containsKey(id)) {
            problem(line, "roleplay.problem.unknown-target", id);
        }
    }

    private Set<String> reachableFromStart() {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(nodes.keySet().iterator().next()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(nodes.get(id).targets());
            }
        }
        return seen;
    }

    private Set<String> canReachAnEnding() {
        Map<String, List<String>> incoming = new HashMap<>();
        nodes.values().forEach(n -> n.targets().forEach(t -> incoming.computeIfAbsent(t, k -> new ArrayList<>()).add(n.id())));
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        nodes.values().stream().filter(n -> n.kind() == Node.Kind.ENDING).forEach(n -> todo.add(n.id()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(incoming.getOrDefault(id, List.of()));
            }
        }
        return seen;
    }

    /** Automatic nodes lead on without the trainee; a cycle of them alone would never stop. */
    private void checkAutomaticLoops() {
        Set<String> done = new HashSet<>();
        for (Node n : nodes.values()) {
            if (n.kind() == Node.Kind.AUTO && !done.contains(n.id())) {
                walkAutomatic(n.id(), new LinkedHashSet<>(), done);
            }
        }
    }

    private void walkAutomatic(String id, LinkedHashSet<String> path, Set<String> done) {
        Node n = nodes.get(id);
        if (n.kind() != Node.Kind.AUTO || done.contains(id)) {
            return;
        }
        if (!path.add(id)) {
            problem(n.line(), "roleplay.problem.automatic-loop", String.join(" → ", path) + " → " + id);
            done.addAll(path);
            return;
        }
        n.routes().forEach(r -> walkAutomatic(r.target(), path, done));
        path.remove(id);
        done.add(id);
    }

    private void checkFlags() {
        Set<String> set = new HashSet<>();
        for (Node n : nodes.values()) {
            Stream.of(n.entryEffects(), n.timeoutEffects(), n.reply() == null ? List.<Effect>of() : n.reply().effects())
                    .flatMap(List::stream).forEach(e -> collectSet(e, set));
            n.choices().forEach(c -> c.effects().forEach(e -> collectSet(e, set)));
        }
        for (Node n : nodes.values()) {
            n.choices().forEach(c -> unknownFlags(c.condition(), set, c.line()));
            n.routes().forEach(r -> unknownFlags(r.condition(), set, r.line()));
        }
    }

    private static void collectSet(Effect e, Set<String> set) {
        if (e instanceof Effect.SetFlag(String flag)) {
            set.add(flag);
        }
    }

    private void unknownFlags(Condition condition, Set<String> set, int line) {
        condition.flagsRead().stream().filter(f -> !set.contains(f)).sorted()
                .forEach(f -> problem(line, "roleplay.problem.flag-never-set", f));
    }

    private void problem(int line, String key, Object... args) {
        problems.add(ContentProblem.at(path, line, key, args));
    }
}
