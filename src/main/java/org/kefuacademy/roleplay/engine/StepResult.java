package org.kefuacademy.roleplay.engine;

import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.roleplay.reply.ReplyAnalysis;

/**
 * What one step of the trainee did: the node it was taken at, the choice or reply (or a timeout),
 * the effects actually applied, points earned and possible per competence, the mood before and after,
 * the nodes entered on the way to the next decision, and the state after it.
 */
public record StepResult(Kind kind, String nodeId, int choiceIndex, String text, ReplyAnalysis analysis,
                         List<Effect> applied, Map<Competence, Integer> earned, Map<Competence, Integer> possible,
                         int moodBefore, int moodAfter, List<Node> entered, RunState state) {

    public StepResult {
        applied = List.copyOf(applied);
        earned = Map.copyOf(earned);
        possible = Map.copyOf(possible);
        entered = List.copyOf(entered);
    }

    public enum Kind { CHOICE, REPLY, TIMEOUT }
}
