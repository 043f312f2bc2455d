package org.kefuacademy.roleplay.engine;

import java.util.List;

/**
 * One step of a scenario: what the simulated person says (and any narration), then exactly one of
 * choices, a free-text reply, automatic routes or an ending.
 */
public record Node(String id, int line, String personaLine, String narration, List<Effect> entryEffects,
                   Integer timerSeconds, String timeoutTarget, List<Effect> timeoutEffects,
                   List<Choice> choices, ReplyPrompt reply, List<Route> routes, Ending ending) {

    public Node {
        entryEffects = List.copyOf(entryEffects);
        timeoutEffects = List.copyOf(timeoutEffects);
        choices = List.copyOf(choices);
        routes = List.copyOf(routes);
    }

    public enum Kind { CHOICE, REPLY, AUTO, ENDING }

    public Kind kind() {
        if (ending != null) {
            return Kind.ENDING;
        }
        if (reply != null) {
            return Kind.REPLY;
        }
        return choices.isEmpty() ? Kind.AUTO : Kind.CHOICE;
    }

    /** A place where the trainee decides something (and can earn points). */
    public boolean isDecision() {
        return kind() == Kind.CHOICE || kind() == Kind.REPLY;
    }

    /** Every node this one can lead to, whatever the conditions. */
    public List<String> targets() {
        java.util.List<String> all = new java.util.ArrayList<>();
        choices.forEach(c -> all.add(c.target()));
        routes.forEach(r -> all.add(r.target()));
        if (timeoutTarget != null) {
            all.add(timeoutTarget);
        }
        return all;
    }
}
