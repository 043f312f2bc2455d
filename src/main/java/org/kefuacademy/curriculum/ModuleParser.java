package org.kefuacademy.curriculum;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.FieldReader;
import org.kefuacademy.platform.content.FrontMatter;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.SourceFile;

/**
 * Reads one module file and checks it completely: front matter fields, competences, links and
 * images. Any problem rejects the whole file (it is reported and skipped, never half-loaded).
 * Plain Java: no Spring, no database.
 */
public final class ModuleParser {
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,99}");
    static final Set<String> FIELDS = Set.of("id", "kind", "week", "day", "title", "summary", "minutes",
            "competences", "objectives");
    private static final Pattern SAFE_RELATIVE = Pattern.compile("[A-Za-z0-9._/-]+");

    /** The module, or null with the problems that reject it. */
    public record Outcome(ModuleDefinition definition, List<ContentProblem> problems) {
    }

    private final MarkdownRenderer markdown;

    public ModuleParser(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * @param fileExists tells whether a path relative to the modules folder exists (links, images)
     */
    public Outcome parse(SourceFile file, Predicate<String> fileExists) {
        FrontMatter.Result split = FrontMatter.parse(file);
        if (!split.ok()) {
            return new Outcome(null, split.problems());
        }
        FrontMatter.Parsed parsed = split.parsed();
        FieldReader fields = new FieldReader(file, parsed);
        for (String key : parsed.fields().keySet()) {
            if (!FIELDS.contains(key)) {
                fields.problem(key, "content.problem.unknown-field", key, String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        String id = fields.requiredText("id", 100);
        if (id != null && !ID.matcher(id).matches()) {
            fields.problem("id", "content.problem.bad-id", id);
        } else if (id != null && !id.equals(file.baseName())) {
            fields.problem("id", "content.problem.id-not-file-name", id, file.baseName());
        }
        PageKind kind = kind(fields);
        Integer week = null;
        Integer day = null;
        if (kind == PageKind.MODULE) {
            week = fields.integer("week", 1, 4, true).orElse(null);
            day = fields.integer("day", 1, 4, true).orElse(null);
        } else if (kind == PageKind.REFERENCE && (fields.has("week") || fields.has("day"))) {
            fields.problem(fields.has("week") ? "week" : "day", "content.problem.reference-in-calendar");
        }
        String title = fields.requiredText("title", ModuleDefinition.TITLE_MAX_LENGTH);
        String summary = fields.optionalText("summary", ModuleDefinition.SUMMARY_MAX_LENGTH).orElse(null);
        int minutes = fields.integer("minutes", 1, 600, true).orElse(0);
        List<Competence> competences = competences(fields);
        List<String> objectives = fields.textList("objectives", kind == PageKind.MODULE);
        List<ContentProblem> problems = new ArrayList<>(fields.problems());
        if (parsed.body().isBlank()) {
            problems.add(ContentProblem.at(file.path(), parsed.bodyFirstLine(), "content.problem.empty-body"));
        }
        problems.addAll(checkLinks(file, parsed, fileExists));
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(new ModuleDefinition(id, kind, week, day, title, summary, minutes, competences, objectives,
                parsed.body(), file.path()), List.of());
    }

    private static PageKind kind(FieldReader fields) {
        Optional<String> kind = fields.optionalText("kind", 20);
        if (kind.isEmpty()) {
            fields.problem("kind", "content.problem.required", "kind");
            return null;
        }
        for (PageKind k : PageKind.values()) {
            if (k.id().equals(kind.get())) {
                return k;
            }
        }
        fields.problem("kind", "content.problem.bad-kind", kind.get());
        return null;
    }

    private static List<Competence> competences(FieldReader fields) {
        List<Competence> result = new ArrayList<>();
        for (String id : fields.textList("competences", true)) {
            Competence.byId(id.toLowerCase(Locale.ROOT)).ifPresentOrElse(result::add,
                    () -> fields.problem("competences", "content.problem.unknown-competence", id));
        }
        return result;
    }

    private List<ContentProblem> checkLinks(SourceFile file, FrontMatter.Parsed parsed, Predicate<String> fileExists) {
        List<ContentProblem> problems = new ArrayList<>();
        Node document = markdown.parse(parsed.body());
        new NodeVisitor(
                new VisitHandler<>(Link.class, link -> checkTarget(file, parsed, link, link.getUrl().toString(),
                        "content.problem.broken-link", fileExists, problems)),
                new VisitHandler<>(Image.class, image -> checkTarget(file, parsed, image, image.getUrl().toString(),
                        "content.problem.missing-image", fileExists, problems))).visit(document);
        return problems;
    }

    private static void checkTarget(SourceFile file, FrontMatter.Parsed parsed, Node node, String url, String missingKey,
                                    Predicate<String> fileExists, List<ContentProblem> problems) {
        int line = parsed.bodyFirstLine() + node.getLineNumber();
        String target = url.strip();
        if (target.isEmpty() || target.startsWith("#") || target.startsWith("http://") || target.startsWith("https://")
                || target.startsWith("mailto:")) {
            return;
        }
        if (target.matches(MarkdownRenderer.SUPPRESSED_LINKS) || target.contains(":")) {
            problems.add(ContentProblem.at(file.path(), line, "content.problem.unsafe-link", target));
            return;
        }
        String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        if (!SAFE_RELATIVE.matcher(path).matches() || path.startsWith("/") || !fileExists.test(path)) {
            problems.add(ContentProblem.at(file.path(), line, missingKey, target));
        }
    }
}
