package org.kefuacademy.roleplay;

import java.util.List;
import java.util.Set;
import org.kefuacademy.platform.content.ContentProblem;

/**
 * The editor's verdict on a scenario text: the problems (none means it can be saved), counts, endings
 * that play can never reach, and the graph as a Mermaid diagram (empty when the text does not parse).
 */
public record ScenarioCheck(List<ContentProblem> problems, int nodes, int decisions, int replies, int endings,
                            Set<String> unreachedEndings, String diagram) {

    public ScenarioCheck {
        problems = List.copyOf(problems);
        unreachedEndings = Set.copyOf(unreachedEndings);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
