package org.kefuacademy.competence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.FieldReader;
import org.kefuacademy.platform.content.FrontMatter;
import org.kefuacademy.platform.content.SourceFile;

/** Reads the competence framework file; every competence must be described exactly once. Plain Java. */
public final class FrameworkParser {
    private static final Pattern HEADING = Pattern.compile("^##\\s+(\\S+)\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^(name|name-en|description):\\s*(.*)$");
    private static final Set<String> FIELDS = Set.of("id", "kind", "title", "demonstrated-percent", "developing-percent",
            "minimum-evidence", "half-life-days");

    public record Outcome(CompetenceFramework framework, List<ContentProblem> problems) {
    }

    public Outcome parse(SourceFile file) {
        FrontMatter.Result split = FrontMatter.parse(file);
        if (!split.ok()) {
            return new Outcome(null, split.problems());
        }
        FrontMatter.Parsed parsed = split.parsed();
        FieldReader f = new FieldReader(file, parsed);
        parsed.fields().keySet().stream().filter(k -> !FIELDS.contains(k)).forEach(k ->
                f.problem(k, "content.problem.unknown-field", k, String.join(", ", FIELDS.stream().sorted().toList())));
        String id = f.requiredText("id", 100);
        f.optionalText("kind", 40).filter(k -> !k.equals("competence-framework"))
                .ifPresent(k -> f.problem("kind", "quiz.problem.bad-kind", k, "competence-framework"));
        String title = f.requiredText("title", 200);
        ProfileRules d = ProfileRules.DEFAULT;
        ProfileRules rules = new ProfileRules(f.integer("demonstrated-percent", 1, 100, false).orElse(d.demonstratedPercent()),
                f.integer("developing-percent", 0, 100, false).orElse(d.developingPercent()),
                f.integer("minimum-evidence", 1, 1000, false).orElse(d.minimumEvidence()),
                f.integer("half-life-days", 1, 3650, false).orElse(d.halfLifeDays()));
        if (rules.developingPercent() > rules.demonstratedPercent()) {
            f.problem("developing-percent", "competence.problem.developing-above-demonstrated");
        }
        List<ContentProblem> problems = new ArrayList<>(f.problems());
        StringBuilder intro = new StringBuilder();
        Map<Competence, CompetenceFramework.Description> described = new EnumMap<>(Competence.class);
        Section section = null;
        String[] lines = parsed.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = parsed.bodyFirstLine() + i;
            String text = lines[i].strip();
            Matcher heading = HEADING.matcher(text);
            if (heading.matches()) {
                finish(section, described, problems, file);
                section = new Section(heading.group(1), at);
                if (Competence.byId(section.id).isEmpty()) {
                    problems.add(ContentProblem.at(file.path(), at, "content.problem.unknown-competence", section.id));
                }
            } else if (section == null) {
                intro.append(lines[i]).append('\n');
            } else if (!text.isEmpty()) {
                section.read(text, at, problems, file);
            }
        }
        finish(section, described, problems, file);
        Set<Competence> missing = EnumSet.allOf(Competence.class);
        missing.removeAll(described.keySet());
        missing.forEach(c -> problems.add(ContentProblem.at(file.path(), 0, "competence.problem.missing", c.id())));
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(new CompetenceFramework(id, title, intro.toString().strip(), rules, described), List.of());
    }

    private static void finish(Section s, Map<Competence, CompetenceFramework.Description> described,
                               List<ContentProblem> problems, SourceFile file) {
        if (s == null) {
            return;
        }
        Competence.byId(s.id).ifPresent(c -> {
            if (s.name == null || s.description == null) {
                problems.add(ContentProblem.at(file.path(), s.line, "competence.problem.incomplete", s.id));
            } else if (described.putIfAbsent(c, new CompetenceFramework.Description(s.name,
                    s.nameEn == null ? s.name : s.nameEn, s.description, s.evidence)) != null) {
                problems.add(ContentProblem.at(file.path(), s.line, "competence.problem.twice", s.id));
            }
        });
    }

    /** One competence's section as its lines are read. */
    private static final class Section {
        final String id;
        final int line;
        String name;
        String nameEn;
        String description;
        final List<String> evidence = new ArrayList<>();

        Section(String id, int line) {
            this.id = id;
            this.line = line;
        }

        void read(String text, int at, List<ContentProblem> problems, SourceFile file) {
            if (text.startsWith("- ")) {
                evidence.add(text.substring(2).strip());
                return;
            }
            Matcher m = ATTRIBUTE.matcher(text);
            if (!m.matches()) {
                problems.add(ContentProblem.at(file.path(), at, "competence.problem.unexpected-line", text));
                return;
            }
            switch (m.group(1)) {
                case "name" -> name = m.group(2).strip();
                case "name-en" -> nameEn = m.group(2).strip();
                default -> description = m.group(2).strip();
            }
        }
    }
}
