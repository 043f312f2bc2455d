package org.kefuacademy.roleplay.engine;

import java.util.List;
import java.util.Optional;
import org.kefuacademy.platform.content.ContentProblem;

/** The rules one node must follow on its own (the graph as a whole is {@link ScenarioValidator}'s job). */
final class NodeCheck {
    static final int MIN_CHOICES = 2;
    static final int MAX_CHOICES = 6;
    static final int MAX_TEXT = 500;

    private final NodeDraft d;
    private final String path;
    private final List<ContentProblem> problems;
    private final int before;

    NodeCheck(NodeDraft draft, String path, List<ContentProblem> problems) {
        this.d = draft;
        this.path = path;
        this.problems = problems;
        this.before = problems.size();
    }

    Optional<Node> build() {
        boolean choices = !d.choices.isEmpty();
        boolean reply = d.replyPrompt != null || d.expected != null;
        boolean routes = !d.routes.isEmpty();
        boolean ending = d.ending != null || d.model != null;
        if (ending && (choices || reply || routes)) {
            problem(d.line, "roleplay.problem.ending-with-exits", d.id);
        } else if (choices && (reply || routes)) {
            problem(d.line, "roleplay.problem.choices-and-more", d.id);
        } else if (!choices && !reply && !routes && !ending) {
            problem(d.line, "roleplay.problem.dead-end", d.id);
        }
        // A node that only routes may stay silent; anything the trainee faces must say something.
        if (d.personaLines.isEmpty() && d.narration.isEmpty() && !reply && (choices || ending)) {
            problem(d.line, "roleplay.problem.silent-node", d.id);
        }
        List<Effect> effects = d.effects == null ? List.of() : d.effects;
        if (!reply && effects.stream().anyMatch(Effect.Points.class::isInstance)) {
            problem(d.line, "roleplay.problem.points-on-entry", d.id);
        }
        checkTimer(choices || reply);
        if (choices) {
            checkChoices();
        }
        if (reply) {
            checkReply();
        }
        if (routes) {
            checkRoutes();
        }
        if (ending) {
            checkEnding();
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        ReplyPrompt prompt = reply ? new ReplyPrompt(d.replyPrompt, d.expected, effects) : null;
        Ending end = ending ? new Ending(d.ending, d.model.toString().strip()) : null;
        return Optional.of(new Node(d.id, d.line, String.join("\n", d.personaLines), String.join("\n", d.narration),
                reply ? List.of() : effects, d.timer, d.timeout, d.timeoutEffects,
                d.choices.stream().map(ChoiceDraft::freeze).toList(), prompt, d.routes, end));
    }

    private void checkTimer(boolean decision) {
        if ((d.timer == null) != (d.timeout == null)) {
            problem(d.line, "roleplay.problem.timer-needs-timeout", d.id);
        } else if (d.timer != null && !decision) {
            problem(d.line, "roleplay.problem.timer-without-decision", d.id);
        }
    }

    private void checkChoices() {
        if (d.choices.size() < MIN_CHOICES || d.choices.size() > MAX_CHOICES) {
            problem(d.line, "roleplay.problem.choice-count", d.id, MIN_CHOICES, MAX_CHOICES);
        }
        if (d.choices.stream().noneMatch(c -> c.condition == null || c.condition.isAlways())) {
            problem(d.line, "roleplay.problem.all-choices-conditional", d.id);
        }
        for (ChoiceDraft c : d.choices) {
            if (c.feedback == null || c.feedback.isBlank()) {
                problem(c.line, "roleplay.problem.choice-without-feedback");
            }
            if (c.text.length() > MAX_TEXT) {
                problem(c.line, "content.problem.too-long", "choice", MAX_TEXT);
            }
        }
    }

    private void checkReply() {
        if (d.replyPrompt == null || d.replyPrompt.isBlank()) {
            problem(d.line, "roleplay.problem.reply-missing", d.id, "reply");
        }
        if (d.expected == null) {
            problem(d.line, "roleplay.problem.reply-missing", d.id, "expect");
        }
        if (d.effects == null) {
            problem(d.line, "roleplay.problem.reply-missing", d.id, "effects");
        }
        if (d.routes.isEmpty()) {
            problem(d.line, "roleplay.problem.reply-without-route", d.id);
        }
    }

    private void checkRoutes() {
        List<Route> routes = d.routes;
        for (int i = 0; i < routes.size() - 1; i++) {
            if (routes.get(i).condition().isAlways()) {
                problem(routes.get(i + 1).line(), "roleplay.problem.route-after-fallback");
                return;
            }
        }
        if (!routes.getLast().condition().isAlways()) {
            problem(routes.getLast().line(), "roleplay.problem.last-route-conditional", d.id);
        }
    }

    private void checkEnding() {
        if (d.ending == null) {
            problem(d.line, "roleplay.problem.ending-missing", d.id, "ending");
        }
        if (d.model == null || d.model.toString().isBlank()) {
            problem(d.line, "roleplay.problem.ending-missing", d.id, "model");
        }
    }

    private void problem(int at, String key, Object... args) {
        problems.add(ContentProblem.at(path, at, key, args));
    }
}
