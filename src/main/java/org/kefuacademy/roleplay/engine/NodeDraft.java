package org.kefuacademy.roleplay.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kefuacademy.roleplay.reply.ServiceStep;

/** A node as its lines are read, before it is checked and frozen into a {@link Node}. */
final class NodeDraft {
    final String id;
    final int line;
    final List<String> personaLines = new ArrayList<>();
    final List<String> narration = new ArrayList<>();
    final List<ChoiceDraft> choices = new ArrayList<>();
    final List<Route> routes = new ArrayList<>();
    /** Entry effects, or for a reply node the effects of a complete reply. */
    List<Effect> effects;
    Integer timer;
    String timeout;
    List<Effect> timeoutEffects = List.of();
    String replyPrompt;
    Set<ServiceStep> expected;
    EndingKind ending;
    StringBuilder model;
    ChoiceDraft choice;

    NodeDraft(String id, int line) {
        this.id = id;
        this.line = line;
    }
}
