package org.kefuacademy.roleplay.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.roleplay.reply.Hit;
import org.kefuacademy.roleplay.reply.ReplyAnalysis;

/**
 * Plays a scenario. Deterministic, no I/O: the same scenario, steps and replies always give the same
 * states. Points possible at a decision are the most each competence could have earned there, so a
 * score is "earned over the best available on the path actually taken".
 */
public final class ScenarioEngine {
    /** Polite phrases are a bonus, at most this many points per reply. */
    public static final int POLITE_CAP = 3;
    private static final int MAX_AUTOMATIC_HOPS = 100;

    private final Scenario scenario;

    public ScenarioEngine(Scenario scenario) {
        this.scenario = scenario;
    }

    /** Opening turn: enters the start node and follows automatic routes to the first decision. */
    public StepResult start() {
        RunState initial = new RunState(scenario.start().id(), scenario.startMood(), Map.of(), Map.of(), Set.of(), 0, 0, false);
        Mutable m = new Mutable(initial);
        List<Node> entered = enter(m, scenario.start());
        return new StepResult(null, null, -1, null, null, List.of(), Map.of(), Map.of(), initial.mood(), m.mood,
                entered, m.freeze(entered.getLast()));
    }

    public Node current(RunState state) {
        return scenario.node(state.nodeId()).orElseThrow();
    }

    /** The choices on offer now, in file order (with their index in the node for recording). */
    public List<Integer> visibleChoices(RunState state) {
        Node node = current(state);
        List<Integer> visible = new ArrayList<>();
        for (int i = 0; i < node.choices().size(); i++) {
            if (node.choices().get(i).condition().test(state)) {
                visible.add(i);
            }
        }
        return visible;
    }

    public StepResult choose(RunState state, int choiceIndex) {
        Node node = requireKind(state, Node.Kind.CHOICE);
        if (!visibleChoices(state).contains(choiceIndex)) {
            throw new IllegalArgumentException("Choice " + choiceIndex + " is not on offer at " + node.id());
        }
        Choice choice = node.choices().get(choiceIndex);
        Mutable m = new Mutable(state);
        Map<Competence, Integer> possible = possibleAt(state);
        m.apply(choice.effects());
        return finishStep(StepResult.Kind.CHOICE, state, m, choiceIndex, choice.text(), null, possible,
                scenario.node(choice.target()).orElseThrow());
    }

    public StepResult reply(RunState state, String text, ReplyAnalysis analysis) {
        Node node = requireKind(state, Node.Kind.REPLY);
        int percent = analysis.percentOf(node.reply().expected());
        Mutable m = new Mutable(state);
        Map<Competence, Integer> possible = possibleAt(state);
        m.apply(scaled(node.reply().effects(), percent));
        m.apply(lexiconEffects(analysis));
        m.lastReplyPercent = percent;
        Node next = firstRoute(node.routes(), m.freeze(node));
        return finishStep(StepResult.Kind.REPLY, state, m, -1, text, analysis, possible, next);
    }

    /** The trainee did not answer in time: the timeout's effects and target. */
    public StepResult timeout(RunState state) {
        Node node = current(state);
        if (node.timerSeconds() == null || state.finished()) {
            throw new IllegalStateException("No timer at " + node.id());
        }
        Mutable m = new Mutable(state);
        Map<Competence, Integer> possible = possibleAt(state);
        m.apply(node.timeoutEffects());
        return finishStep(StepResult.Kind.TIMEOUT, state, m, -1, null, null, possible,
                scenario.node(node.timeoutTarget()).orElseThrow());
    }

    /** The most each competence could earn at the current decision. */
    public Map<Competence, Integer> possibleAt(RunState state) {
        Node node = current(state);
        Map<Competence, Integer> best = new EnumMap<>(Competence.class);
        List<List<Effect>> options = node.kind() == Node.Kind.REPLY ? List.of(node.reply().effects())
                : visibleChoices(state).stream().map(i -> node.choices().get(i).effects()).toList();
        for (List<Effect> effects : options) {
            Map<Competence, Integer> gain = new EnumMap<>(Competence.class);
            effects.stream().filter(Effect.Points.class::isInstance).map(Effect.Points.class::cast)
                    .forEach(p -> gain.merge(p.competence(), p.points(), Integer::sum));
            gain.forEach((c, p) -> best.merge(c, Math.max(0, p), Math::max));
        }
        best.values().removeIf(v -> v == 0);
        return best;
    }

    private StepResult finishStep(StepResult.Kind kind, RunState before, Mutable m, int choiceIndex, String text,
                                  ReplyAnalysis analysis, Map<Competence, Integer> possible, Node next) {
        Map<Competence, Integer> earned = new EnumMap<>(Competence.class);
        m.appliedNow.stream().filter(Effect.Points.class::isInstance).map(Effect.Points.class::cast)
                .forEach(p -> earned.merge(p.competence(), p.points(), Integer::sum));
        possible.forEach((c, p) -> m.possible.merge(c, p, Integer::sum));
        m.decisions++;
        List<Effect> applied = List.copyOf(m.appliedNow);
        int moodAfterStep = m.mood;
        List<Node> entered = enter(m, next);
        return new StepResult(kind, before.nodeId(), choiceIndex, text, analysis, applied, earned, possible,
                before.mood(), moodAfterStep, entered, m.freeze(entered.getLast()));
    }

    /** Enters a node and follows automatic routes; returns every node entered, the last one a decision or an ending. */
    private List<Node> enter(Mutable m, Node first) {
        List<Node> entered = new ArrayList<>();
        Node node = first;
        while (true) {
            entered.add(node);
            m.apply(node.entryEffects());
            if (node.kind() != Node.Kind.AUTO) {
                return entered;
            }
            if (entered.size() > MAX_AUTOMATIC_HOPS) {
                throw new IllegalStateException("Automatic routes loop at " + node.id());
            }
            node = firstRoute(node.routes(), m.freeze(node));
        }
    }

    private Node firstRoute(List<Route> routes, RunState state) {
        return routes.stream().filter(r -> r.condition().test(state)).findFirst()
                .flatMap(r -> scenario.node(r.target())).orElseThrow();
    }

    private Node requireKind(RunState state, Node.Kind kind) {
        Node node = current(state);
        if (state.finished() || node.kind() != kind) {
            throw new IllegalStateException("Node " + node.id() + " does not take a " + kind);
        }
        return node;
    }

    /** A partial reply earns its share of the gains; losses count in full. */
    private static List<Effect> scaled(List<Effect> effects, int percent) {
        List<Effect> result = new ArrayList<>();
        for (Effect e : effects) {
            switch (e) {
                case Effect.Points p when p.points() > 0 -> result.add(new Effect.Points(p.competence(), share(p.points(), percent)));
                case Effect.Mood mood when mood.change() > 0 -> result.add(new Effect.Mood(share(mood.change(), percent)));
                default -> result.add(e);
            }
        }
        return result;
    }

    private static int share(int amount, int percent) {
        return (int) Math.round(amount * percent / 100.0);
    }

    private static List<Effect> lexiconEffects(ReplyAnalysis analysis) {
        List<Effect> result = new ArrayList<>();
        int bonusLeft = POLITE_CAP;
        for (Hit hit : analysis.polite()) {
            int points = Math.min(hit.points(), bonusLeft);
            bonusLeft -= points;
            if (points > 0) {
                result.add(new Effect.Points(hit.competence(), points));
            }
            if (hit.mood() != 0) {
                result.add(new Effect.Mood(hit.mood()));
            }
        }
        for (Hit hit : analysis.taboo()) {
            result.add(new Effect.Points(hit.competence(), hit.points()));
            if (hit.mood() != 0) {
                result.add(new Effect.Mood(hit.mood()));
            }
        }
        return result;
    }

    /** The working copy of a state during one step. */
    private static final class Mutable {
        int mood;
        final Map<Competence, Integer> earned = new EnumMap<>(Competence.class);
        final Map<Competence, Integer> possible = new EnumMap<>(Competence.class);
        final Set<String> flags;
        int lastReplyPercent;
        int decisions;
        final List<Effect> appliedNow = new ArrayList<>();

        Mutable(RunState s) {
            mood = s.mood();
            earned.putAll(s.earned());
            possible.putAll(s.possible());
            flags = new HashSet<>(s.flags());
            lastReplyPercent = s.lastReplyPercent();
            decisions = s.decisions();
        }

        void apply(List<Effect> effects) {
            for (Effect e : effects) {
                switch (e) {
                    case Effect.Points p -> earned.merge(p.competence(), p.points(), Integer::sum);
                    case Effect.Mood md -> mood = Math.max(Scenario.MIN_MOOD, Math.min(Scenario.MAX_MOOD, mood + md.change()));
                    case Effect.SetFlag f -> flags.add(f.flag());
                    case Effect.ClearFlag f -> flags.remove(f.flag());
                }
                appliedNow.add(e);
            }
        }

        RunState freeze(Node at) {
            return new RunState(at.id(), mood, earned, possible, flags, lastReplyPercent, decisions,
                    at.kind() == Node.Kind.ENDING);
        }
    }
}
