package org.kefuacademy.roleplay.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.FieldReader;
import org.kefuacademy.platform.content.FrontMatter;
import org.kefuacademy.platform.content.SourceFile;

/**
 * Reads a scenario file (format: {@code content/scenarios/README.md}) and checks it whole: every
 * problem names the file and line, and any problem rejects the file. Plain Java.
 */
public final class ScenarioParser {
    static final Set<String> FIELDS = Set.of("id", "kind", "title", "channel", "persona", "persona-note", "mood",
            "week", "module", "competences", "difficulty", "assessed", "summary", "language");

    /** The scenario, or null with every problem found. */
    public record Outcome(Scenario scenario, List<ContentProblem> problems) {
    }

    public Outcome parse(SourceFile file) {
        FrontMatter.Result split = FrontMatter.parse(file);
        if (!split.ok()) {
            return new Outcome(null, split.problems());
        }
        FrontMatter.Parsed parsed = split.parsed();
        FieldReader fields = new FieldReader(file, parsed);
        parsed.fields().keySet().stream().filter(k -> !FIELDS.contains(k)).forEach(k ->
                fields.problem(k, "content.problem.unknown-field", k, String.join(", ", FIELDS.stream().sorted().toList())));
        String id = fields.requiredText("id", 100);
        if (id != null && !id.equals(file.baseName())) {
            fields.problem("id", "content.problem.id-not-file-name", id, file.baseName());
        }
        fields.optionalText("kind", 20).filter(k -> !k.equals("scenario"))
                .ifPresent(k -> fields.problem("kind", "quiz.problem.bad-kind", k, "scenario"));
        if (!fields.has("kind")) {
            fields.problem("kind", "content.problem.required", "kind");
        }
        String title = fields.requiredText("title", 100);
        Channel channel = fields.optionalText("channel", 20).map(c -> Channel.byId(c).orElseGet(() -> {
            fields.problem("channel", "roleplay.problem.bad-channel", c);
            return null;
        })).orElse(null);
        if (!fields.has("channel")) {
            fields.problem("channel", "content.problem.required", "channel");
        }
        String persona = fields.requiredText("persona", 40);
        String personaNote = fields.optionalText("persona-note", 300).orElse("");
        int mood = fields.integer("mood", Scenario.MIN_MOOD, Scenario.MAX_MOOD, false).orElse(50);
        int week = fields.integer("week", 1, 4, true).orElse(1);
        String module = fields.optionalText("module", 100).orElse(null);
        List<Competence> competences = new ArrayList<>();
        for (String c : fields.textList("competences", true)) {
            Competence.byId(c).ifPresentOrElse(competences::add,
                    () -> fields.problem("competences", "content.problem.unknown-competence", c));
        }
        int difficulty = fields.integer("difficulty", 1, 3, false).orElse(2);
        boolean assessed = fields.bool("assessed", false);
        String summary = fields.requiredText("summary", 200);
        String language = fields.optionalText("language", 10).orElse("zh-CN");
        if (!language.equals("zh-CN") && !language.equals("en")) {
            fields.problem("language", "roleplay.problem.bad-language", language);
        }
        List<ContentProblem> problems = new ArrayList<>(fields.problems());
        int beforeBody = problems.size();
        ScenarioBody body = new ScenarioBody(file, parsed, persona, problems);
        body.read();
        Map<String, Node> nodes = new LinkedHashMap<>();
        body.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
        // The graph is only checked when every node could be read, so that one typo is not reported five times.
        if (problems.size() == beforeBody) {
            new ScenarioValidator(file.path(), nodes, problems).check();
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(new Scenario(id, title, channel, persona, personaNote, mood, week, module, competences,
                difficulty, assessed, summary, language, body.briefing(), nodes), List.of());
    }
}
