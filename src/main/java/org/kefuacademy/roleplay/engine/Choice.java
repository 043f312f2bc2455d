package org.kefuacademy.roleplay.engine;

import java.util.List;

/** An option the trainee may pick; shown only when its condition holds. */
public record Choice(String text, String target, List<Effect> effects, Condition condition, String feedback, int line) {

    public Choice {
        effects = List.copyOf(effects);
    }
}
