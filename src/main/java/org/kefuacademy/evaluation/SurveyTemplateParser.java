package org.kefuacademy.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.FieldReader;
import org.kefuacademy.platform.content.FrontMatter;
import org.kefuacademy.platform.content.SourceFile;

/**
 * Reads a survey template (format: {@code content/surveys/README.md}). Every problem is collected with
 * its file and line; any problem rejects the whole file.
 */
public final class SurveyTemplateParser {
    private static final Pattern QUESTION = Pattern.compile("^[-*]\\s*\\[([^\\]]*)]\\s*(.*)$");
    private static final Set<String> FIELDS = Set.of("id", "kind", "title", "scale");
    private static final Set<String> SCALE_MARKERS = Set.of("量表", "scale");
    private static final Set<String> OPEN_MARKERS = Set.of("开放", "open");
    private static final Set<String> REQUIRED_MARKERS = Set.of("必答", "required");
    private static final Set<String> OPTIONAL_MARKERS = Set.of("选答", "optional");

    public record Outcome(SurveyTemplate template, List<ContentProblem> problems) {
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
        SurveyTemplate.Kind kind = kind(f);
        String title = f.requiredText("title", 200);
        List<String> scale = scale(f);
        List<ContentProblem> problems = new ArrayList<>(f.problems());
        List<SurveyTemplate.Question> questions = new ArrayList<>();
        StringBuilder intro = new StringBuilder();
        String[] lines = parsed.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = parsed.bodyFirstLine() + i;
            String text = lines[i].strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean listItem = text.startsWith("- ") || text.startsWith("* ") || text.equals("-");
            if (!listItem && questions.isEmpty()) {
                intro.append(text).append('\n');
            } else if (!listItem) {
                problems.add(ContentProblem.at(file.path(), at, "survey.problem.text-after-questions"));
            } else {
                SurveyTemplate.Question q = question(text, questions.size() + 1, at, file, problems);
                if (q != null) {
                    questions.add(q);
                }
            }
        }
        if (questions.isEmpty() && problems.stream().noneMatch(p -> p.line() >= parsed.bodyFirstLine())) {
            problems.add(ContentProblem.at(file.path(), parsed.bodyFirstLine(), "survey.problem.no-questions"));
        }
        if (questions.size() > SurveyTemplate.MAX_QUESTIONS) {
            problems.add(ContentProblem.at(file.path(), parsed.bodyFirstLine(), "survey.problem.too-many",
                    SurveyTemplate.MAX_QUESTIONS));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(new SurveyTemplate(id, kind, title, scale, intro.toString().strip(), questions), List.of());
    }

    private static SurveyTemplate.Kind kind(FieldReader f) {
        if (!f.has("kind")) {
            f.problem("kind", "content.problem.required", "kind");
            return null;
        }
        String value = f.optionalText("kind", 20).orElse("");
        for (SurveyTemplate.Kind k : SurveyTemplate.Kind.values()) {
            if (k.id().equals(value)) {
                return k;
            }
        }
        f.problem("kind", "survey.problem.bad-kind", value);
        return null;
    }

    private static List<String> scale(FieldReader f) {
        if (!f.has("scale")) {
            return SurveyTemplate.DEFAULT_SCALE;
        }
        List<String> labels = f.textList("scale", true);
        if (labels.size() != SurveyTemplate.SCALE_MAX) {
            f.problem("scale", "survey.problem.scale-size", SurveyTemplate.SCALE_MAX, labels.size());
            return SurveyTemplate.DEFAULT_SCALE;
        }
        if (labels.stream().anyMatch(l -> l.length() > 20)) {
            f.problem("scale", "content.problem.too-long", "scale", 20);
        }
        return labels;
    }

    private static SurveyTemplate.Question question(String line, int no, int at, SourceFile file, List<ContentProblem> problems) {
        Matcher m = QUESTION.matcher(line);
        if (!m.matches()) {
            problems.add(ContentProblem.at(file.path(), at, "survey.problem.bad-question", line));
            return null;
        }
        SurveyTemplate.QuestionKind kind = null;
        Boolean required = null;
        for (String token : m.group(1).strip().split("[\\s,，、·]+")) {
            String t = token.strip().toLowerCase();
            if (t.isEmpty()) {
                continue;
            }
            if (SCALE_MARKERS.contains(t) && kind == null) {
                kind = SurveyTemplate.QuestionKind.SCALE;
            } else if (OPEN_MARKERS.contains(t) && kind == null) {
                kind = SurveyTemplate.QuestionKind.OPEN;
            } else if (REQUIRED_MARKERS.contains(t)) {
                required = true;
            } else if (OPTIONAL_MARKERS.contains(t)) {
                required = false;
            } else {
                problems.add(ContentProblem.at(file.path(), at, "survey.problem.unknown-marker", token.strip()));
                return null;
            }
        }
        if (kind == null) {
            problems.add(ContentProblem.at(file.path(), at, "survey.problem.no-kind"));
            return null;
        }
        String text = m.group(2).strip();
        if (text.isEmpty()) {
            problems.add(ContentProblem.at(file.path(), at, "survey.problem.empty-question"));
            return null;
        }
        if (text.length() > SurveyTemplate.MAX_QUESTION_LENGTH) {
            problems.add(ContentProblem.at(file.path(), at, "survey.problem.question-too-long", SurveyTemplate.MAX_QUESTION_LENGTH));
            return null;
        }
        boolean req = required != null ? required : kind == SurveyTemplate.QuestionKind.SCALE;
        return new SurveyTemplate.Question(no, kind, text, req);
    }
}
