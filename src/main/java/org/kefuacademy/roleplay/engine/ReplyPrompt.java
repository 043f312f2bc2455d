package org.kefuacademy.roleplay.engine;

import java.util.List;
import java.util.Set;
import org.kefuacademy.roleplay.reply.ServiceStep;

/** A free-text reply: what to do, which service steps are expected, and the effects of a complete reply. */
public record ReplyPrompt(String prompt, Set<ServiceStep> expected, List<Effect> effects) {

    public ReplyPrompt {
        expected = Set.copyOf(expected);
        effects = List.copyOf(effects);
    }
}
