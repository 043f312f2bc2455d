package org.kefuacademy.roleplay;

import org.kefuacademy.roleplay.engine.Choice;
import org.kefuacademy.roleplay.engine.Node;
import org.kefuacademy.roleplay.engine.Route;
import org.kefuacademy.roleplay.engine.Scenario;

/**
 * A scenario's graph as a Mermaid flowchart: choices as numbered arrows, conditional routes dashed,
 * replies, automatic nodes and endings in their own shapes. Node ids are safe Mermaid ids (the parser
 * allows only letters, digits and hyphens), so no user text needs escaping.
 */
final class ScenarioDiagram {
    private ScenarioDiagram() {
    }

    static String of(Scenario scenario) {
        StringBuilder m = new StringBuilder("flowchart TD\n");
        for (Node n : scenario.nodes().values()) {
            String id = safe(n.id());
            m.append("  ").append(id).append(switch (n.kind()) {
                case CHOICE -> "[\"" + n.id() + "\"]";
                case REPLY -> "[/\"" + n.id() + " ✎\"/]";
                case AUTO -> "((\"" + n.id() + "\"))";
                case ENDING -> "([\"" + n.id() + ": " + n.ending().kind().id() + "\"])";
            }).append('\n');
        }
        for (Node n : scenario.nodes().values()) {
            for (int i = 0; i < n.choices().size(); i++) {
                Choice c = n.choices().get(i);
                m.append("  ").append(safe(n.id())).append(c.condition().isAlways() ? " -->|" : " -.->|")
                        .append(i + 1).append("| ").append(safe(c.target())).append('\n');
            }
            for (Route r : n.routes()) {
                m.append("  ").append(safe(n.id())).append(r.condition().isAlways() ? " --> " : " -.-> ")
                        .append(safe(r.target())).append('\n');
            }
            if (n.timeoutTarget() != null) {
                m.append("  ").append(safe(n.id())).append(" -.->|⏱| ").append(safe(n.timeoutTarget())).append('\n');
            }
        }
        m.append("  classDef ending fill:#e8f5e9,stroke:#2e7d32\n");
        scenario.endings().forEach(n -> m.append("  class ").append(safe(n.id())).append(" ending\n"));
        return m.toString();
    }

    /** Mermaid reserves a few words ("end", "graph"); a prefix keeps every id harmless. */
    private static String safe(String id) {
        return "n_" + id.replace('-', '_');
    }
}
