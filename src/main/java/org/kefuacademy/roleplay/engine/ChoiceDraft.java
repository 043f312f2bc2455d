package org.kefuacademy.roleplay.engine;

import java.util.List;

/** A choice as its lines are read. */
final class ChoiceDraft {
    final String text;
    final String target;
    final int line;
    List<Effect> effects = List.of();
    Condition condition = Condition.ALWAYS;
    String feedback;

    ChoiceDraft(String text, String target, int line) {
        this.text = text;
        this.target = target;
        this.line = line;
    }

    Choice freeze() {
        return new Choice(text, target, effects, condition == null ? Condition.ALWAYS : condition, feedback, line);
    }
}
