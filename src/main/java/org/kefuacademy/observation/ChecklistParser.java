package org.kefuacademy.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.FieldReader;
import org.kefuacademy.platform.content.FrontMatter;
import org.kefuacademy.platform.content.SourceFile;

/** Reads an observation checklist (format: {@code content/observations/README.md}); any problem rejects the file. */
public final class ChecklistParser {
    static final int MIN_ITEMS = 5;
    static final int MAX_ITEM_POINTS = 10;
    private static final Pattern SECTION = Pattern.compile("^##\\s+(.+)$");
    private static final Pattern ITEM = Pattern.compile("^- (.+?)\\s*\\|\\s*(\\d{1,2})\\s*\\|\\s*(.+)$");
    private static final Set<String> FIELDS = Set.of("id", "kind", "category", "title", "week");

    public record Outcome(Checklist checklist, List<ContentProblem> problems) {
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
        if (id != null && !id.equals(file.baseName())) {
            f.problem("id", "content.problem.id-not-file-name", id, file.baseName());
        }
        f.optionalText("kind", 20).filter(k -> !k.equals("observation"))
                .ifPresent(k -> f.problem("kind", "quiz.problem.bad-kind", k, "observation"));
        String title = f.requiredText("title", 200);
        Integer week = f.integer("week", 1, 4, false).orElse(null);
        Checklist.Category category = f.optionalText("category", 20).map(c -> {
            for (Checklist.Category known : Checklist.Category.values()) {
                if (known.id().equals(c)) {
                    return known;
                }
            }
            f.problem("category", "observation.problem.bad-category", c);
            return null;
        }).orElse(null);
        if (!f.has("category")) {
            f.problem("category", "content.problem.required", "category");
        }
        List<ContentProblem> problems = new ArrayList<>(f.problems());
        StringBuilder intro = new StringBuilder();
        List<Checklist.Section> sections = new ArrayList<>();
        String sectionTitle = null;
        List<Checklist.Item> items = new ArrayList<>();
        int no = 0;
        String[] lines = parsed.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = parsed.bodyFirstLine() + i;
            String text = lines[i].strip();
            Matcher section = SECTION.matcher(text);
            if (section.matches()) {
                if (sectionTitle != null) {
                    sections.add(new Checklist.Section(sectionTitle, items));
                }
                sectionTitle = section.group(1).strip();
                items = new ArrayList<>();
            } else if (sectionTitle == null) {
                intro.append(lines[i]).append('\n');
            } else if (!text.isEmpty()) {
                Checklist.Item item = item(text, ++no, at, file, problems);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        if (sectionTitle != null) {
            sections.add(new Checklist.Section(sectionTitle, items));
        }
        long count = sections.stream().mapToLong(s -> s.items().size()).sum();
        if (problems.isEmpty() && count < MIN_ITEMS) {
            problems.add(ContentProblem.at(file.path(), parsed.bodyFirstLine(), "observation.problem.too-few", MIN_ITEMS));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(new Checklist(id, category, title, week, intro.toString().strip(), sections), List.of());
    }

    private static Checklist.Item item(String text, int no, int at, SourceFile file, List<ContentProblem> problems) {
        Matcher m = ITEM.matcher(text);
        if (!m.matches()) {
            problems.add(ContentProblem.at(file.path(), at, "observation.problem.bad-item", text));
            return null;
        }
        int max = Integer.parseInt(m.group(2));
        if (max < 1 || max > MAX_ITEM_POINTS) {
            problems.add(ContentProblem.at(file.path(), at, "observation.problem.bad-points", max, MAX_ITEM_POINTS));
            return null;
        }
        List<Competence> competences = new ArrayList<>();
        for (String raw : m.group(3).split("[,，、]")) {
            String id = raw.strip();
            Competence.byId(id).ifPresentOrElse(competences::add,
                    () -> problems.add(ContentProblem.at(file.path(), at, "content.problem.unknown-competence", id)));
        }
        if (competences.isEmpty() || competences.size() > 3) {
            problems.add(ContentProblem.at(file.path(), at, "observation.problem.competence-count"));
            return null;
        }
        return new Checklist.Item(no, m.group(1).strip(), max, competences);
    }
}
