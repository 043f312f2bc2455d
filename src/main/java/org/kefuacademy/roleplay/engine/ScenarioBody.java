package org.kefuacademy.roleplay.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.FrontMatter;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.roleplay.reply.ServiceStep;

/** Walks a scenario's body line by line: the briefing, then node after node, each checked on its own. */
final class ScenarioBody {
    private static final Pattern HEADING = Pattern.compile("^##\\s+(\\S+)\\s*$");
    private static final Pattern NODE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern KEY = Pattern.compile("^([a-z][a-z-]*):\\s*(.*)$");
    private static final Pattern ARROW = Pattern.compile("^(.*?)\\s*(?:->|→)\\s*(\\S+)\\s*$");
    private static final Pattern GO = Pattern.compile("^(\\S+)(?:\\s+if\\s+(.+))?$");
    private static final Set<String> CHOICE_KEYS = Set.of("effects", "if", "feedback");
    static final int MAX_EXPECTED = 5;

    private final SourceFile file;
    private final FrontMatter.Parsed parsed;
    private final String persona;
    private final List<ContentProblem> problems;
    private final List<Node> nodes = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final StringBuilder briefing = new StringBuilder();
    private NodeDraft node;

    ScenarioBody(SourceFile file, FrontMatter.Parsed parsed, String persona, List<ContentProblem> problems) {
        this.file = file;
        this.parsed = parsed;
        this.persona = persona;
        this.problems = problems;
    }

    List<Node> nodes() {
        return nodes;
    }

    String briefing() {
        return briefing.toString().strip();
    }

    void read() {
        String[] lines = parsed.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = parsed.bodyFirstLine() + i;
            String raw = lines[i].stripTrailing();
            Matcher heading = HEADING.matcher(raw);
            if (heading.matches()) {
                finishNode();
                startNode(heading.group(1), at);
            } else if (node == null) {
                briefing.append(raw).append('\n');
            } else if (node.model != null) {
                node.model.append(raw).append('\n');
            } else if (!raw.isBlank()) {
                line(raw, at);
            }
        }
        finishNode();
        if (nodes.isEmpty() && problems.isEmpty()) {
            problem(parsed.bodyFirstLine(), "roleplay.problem.no-nodes");
        }
    }

    private void startNode(String id, int at) {
        node = new NodeDraft(id, at);
        if (!NODE_ID.matcher(id).matches()) {
            problem(at, "roleplay.problem.bad-node-id", id);
        } else if (!ids.add(id)) {
            problem(at, "roleplay.problem.duplicate-node", id);
        }
    }

    private void line(String raw, int at) {
        String text = raw.strip();
        boolean indented = raw.startsWith(" ");
        if (text.startsWith(">")) {
            node.personaLines.add(withoutSpeaker(text.substring(1).strip()));
        } else if (text.startsWith("- ")) {
            choice(text.substring(2).strip(), at);
        } else if (node.choice != null && KEY.matcher(text).matches() && CHOICE_KEYS.contains(key(text))) {
            if (indented) {
                choiceAttribute(text, at);
            } else {
                problem(at, "roleplay.problem.choice-key-not-indented", key(text));
            }
        } else if (ARROW.matcher(text).matches() && ARROW.matcher(text).replaceFirst("$1").isEmpty()) {
            Matcher m = ARROW.matcher(text);
            m.matches();
            node.routes.add(new Route(m.group(2), Condition.ALWAYS, at));
        } else if (KEY.matcher(text).matches()) {
            nodeAttribute(text, at);
        } else {
            node.narration.add(text);
        }
    }

    /** "刘女士：您好" and "> 您好" both mean the persona says 您好. */
    private String withoutSpeaker(String text) {
        if (persona != null) {
            for (String colon : List.of("：", ":")) {
                if (text.startsWith(persona + colon)) {
                    return text.substring(persona.length() + 1).strip();
                }
            }
        }
        return text;
    }

    private void choice(String text, int at) {
        Matcher m = ARROW.matcher(text);
        if (!m.matches() || m.group(1).isBlank()) {
            problem(at, "roleplay.problem.choice-without-target", text);
            node.choice = null;
            return;
        }
        node.choice = new ChoiceDraft(m.group(1).strip(), m.group(2), at);
        node.choices.add(node.choice);
    }

    private static String key(String text) {
        Matcher m = KEY.matcher(text);
        return m.matches() ? m.group(1) : "";
    }

    private void choiceAttribute(String text, int at) {
        Matcher m = KEY.matcher(text);
        m.matches();
        String value = m.group(2).strip();
        ChoiceDraft choice = node.choice;
        switch (m.group(1)) {
            case "effects" -> choice.effects = effects(value, at);
            case "if" -> choice.condition = condition(value, at);
            case "feedback" -> choice.feedback = value;
            default -> problem(at, "roleplay.problem.unknown-choice-key", m.group(1));
        }
    }

    private void nodeAttribute(String text, int at) {
        Matcher m = KEY.matcher(text);
        m.matches();
        String key = m.group(1);
        String value = m.group(2).strip();
        switch (key) {
            case "effects" -> node.effects = effects(value, at);
            case "timer" -> node.timer = seconds(value, at);
            case "timeout" -> node.timeout = value;
            case "timeout-effects" -> node.timeoutEffects = effects(value, at);
            case "reply" -> node.replyPrompt = value;
            case "expect" -> node.expected = steps(value, at);
            case "go" -> route(value, at);
            case "ending" -> node.ending = EndingKind.byId(value).orElseGet(() -> {
                problem(at, "roleplay.problem.bad-ending", value);
                return EndingKind.UNRESOLVED;
            });
            case "model" -> {
                node.model = new StringBuilder();
                if (!value.isEmpty()) {
                    node.model.append(value).append('\n');
                }
            }
            default -> problem(at, "roleplay.problem.unknown-key", key);
        }
        node.choice = null;
    }

    private void route(String value, int at) {
        Matcher m = GO.matcher(value);
        if (!m.matches()) {
            problem(at, "roleplay.problem.bad-route", value);
            return;
        }
        Condition condition = m.group(2) == null ? Condition.ALWAYS : condition(m.group(2), at);
        node.routes.add(new Route(m.group(1), condition == null ? Condition.ALWAYS : condition, at));
    }

    private List<Effect> effects(String value, int at) {
        try {
            return Effect.parseList(value);
        } catch (SyntaxProblem e) {
            problem(at, e.key(), e.args());
            return List.of();
        }
    }

    private Condition condition(String value, int at) {
        try {
            return Condition.parse(value);
        } catch (SyntaxProblem e) {
            problem(at, e.key(), e.args());
            return null;
        }
    }

    private Integer seconds(String value, int at) {
        try {
            int s = Integer.parseInt(value);
            if (s >= 1 && s <= 300) {
                return s;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem(at, "roleplay.problem.bad-timer", value);
        return null;
    }

    private Set<ServiceStep> steps(String value, int at) {
        Set<ServiceStep> steps = EnumSet.noneOf(ServiceStep.class);
        for (String raw : value.split("[,，、]")) {
            String id = raw.strip();
            ServiceStep.byId(id).ifPresentOrElse(steps::add, () -> problem(at, "roleplay.problem.unknown-step", id));
        }
        if (steps.isEmpty() || steps.size() > MAX_EXPECTED) {
            problem(at, "roleplay.problem.expect-count", MAX_EXPECTED);
        }
        return steps;
    }

    private void finishNode() {
        if (node != null) {
            new NodeCheck(node, file.path(), problems).build().ifPresent(nodes::add);
        }
        node = null;
    }

    private void problem(int at, String key, Object... args) {
        problems.add(ContentProblem.at(file.path(), at, key, args));
    }
}
