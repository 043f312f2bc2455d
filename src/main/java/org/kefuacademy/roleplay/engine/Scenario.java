package org.kefuacademy.roleplay.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kefuacademy.platform.Competence;

/** A parsed, valid role-play scenario; {@code nodes} keep the file's order and the first is the start. */
public record Scenario(String id, String title, Channel channel, String persona, String personaNote, int startMood,
                       int week, String module, List<Competence> competences, int difficulty, boolean assessed,
                       String summary, String language, String briefing, Map<String, Node> nodes) {
    public static final int MIN_MOOD = 0;
    public static final int MAX_MOOD = 100;

    public Scenario {
        competences = List.copyOf(competences);
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    public Node start() {
        return nodes.values().iterator().next();
    }

    public Optional<Node> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    public long decisionCount() {
        return nodes.values().stream().filter(Node::isDecision).count();
    }

    public List<Node> endings() {
        return nodes.values().stream().filter(n -> n.kind() == Node.Kind.ENDING).toList();
    }
}
