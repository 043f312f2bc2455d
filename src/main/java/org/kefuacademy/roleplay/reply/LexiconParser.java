package org.kefuacademy.roleplay.reply;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.FieldReader;
import org.kefuacademy.platform.content.FrontMatter;
import org.kefuacademy.platform.content.SourceFile;

/**
 * Reads a lexicon file (format: {@code content/lexicon/README.md}); every problem names its line
 * and any problem rejects the file. Plain Java.
 */
public final class LexiconParser {
    private static final Pattern GROUP = Pattern.compile("^##\\s+(\\S+)\\s*$");
    private static final Pattern GROUP_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern ATTRIBUTE = Pattern.compile("^([a-z][a-z-]*):\\s*(.*)$");
    private static final Set<String> FIELDS = Set.of("id", "kind", "category", "title");

    public record Outcome(Lexicon lexicon, List<ContentProblem> problems) {
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
        fields.optionalText("kind", 20).filter(k -> !k.equals("lexicon"))
                .ifPresent(k -> fields.problem("kind", "quiz.problem.bad-kind", k, "lexicon"));
        String title = fields.requiredText("title", 200);
        Lexicon.Category category = fields.optionalText("category", 20).map(c -> {
            for (Lexicon.Category known : Lexicon.Category.values()) {
                if (known.id().equals(c)) {
                    return known;
                }
            }
            fields.problem("category", "lexicon.problem.bad-category", c);
            return null;
        }).orElse(null);
        if (!fields.has("category")) {
            fields.problem("category", "content.problem.required", "category");
        }
        List<ContentProblem> problems = new ArrayList<>(fields.problems());
        if (category == null) {
            return new Outcome(null, problems);
        }
        List<LexiconGroup> groups = new Groups(file, parsed, category, problems).read();
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(new Lexicon(id, category, title, groups), List.of());
    }

    /** Walks the body group by group. */
    private static final class Groups {
        private final SourceFile file;
        private final FrontMatter.Parsed parsed;
        private final Lexicon.Category category;
        private final List<ContentProblem> problems;
        private final List<LexiconGroup> groups = new ArrayList<>();
        private String id;
        private int line;
        private String label;
        private String reason;
        private Competence competence;
        private Integer points;
        private int mood;
        private List<Phrase> phrases;

        Groups(SourceFile file, FrontMatter.Parsed parsed, Lexicon.Category category, List<ContentProblem> problems) {
            this.file = file;
            this.parsed = parsed;
            this.category = category;
            this.problems = problems;
        }

        List<LexiconGroup> read() {
            String[] lines = parsed.body().split("\n", -1);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < lines.length; i++) {
                int at = parsed.bodyFirstLine() + i;
                String text = lines[i].strip();
                if (text.isEmpty()) {
                    continue;
                }
                Matcher heading = GROUP.matcher(text);
                if (heading.matches()) {
                    finish();
                    start(heading.group(1), at, seen);
                } else if (id == null) {
                    problem(at, "lexicon.problem.outside-group");
                } else if (text.startsWith("- ")) {
                    phrase(text.substring(2), at);
                } else {
                    attribute(text, at);
                }
            }
            finish();
            if (groups.isEmpty() && problems.isEmpty()) {
                problem(parsed.bodyFirstLine(), "lexicon.problem.no-groups");
            }
            if (category == Lexicon.Category.STEPS) {
                Set<ServiceStep> missing = EnumSet.allOf(ServiceStep.class);
                groups.forEach(g -> ServiceStep.byId(g.id()).ifPresent(missing::remove));
                missing.forEach(s -> problem(0, "lexicon.problem.step-missing", s.id()));
            }
            return groups;
        }

        private void start(String groupId, int at, Set<String> seen) {
            id = groupId;
            line = at;
            label = null;
            reason = null;
            competence = null;
            points = null;
            mood = 0;
            phrases = new ArrayList<>();
            if (!GROUP_ID.matcher(groupId).matches()) {
                problem(at, "lexicon.problem.bad-group-id", groupId);
            } else if (!seen.add(groupId)) {
                problem(at, "lexicon.problem.duplicate-group", groupId);
            } else if (category == Lexicon.Category.STEPS && ServiceStep.byId(groupId).isEmpty()) {
                problem(at, "roleplay.problem.unknown-step", groupId);
            }
        }

        private void phrase(String text, int at) {
            try {
                Phrase phrase = Phrase.of(text);
                if (phrase.isEmpty()) {
                    problem(at, "lexicon.problem.empty-phrase", text);
                } else {
                    phrases.add(phrase);
                }
            } catch (PatternSyntaxException e) {
                problem(at, "lexicon.problem.bad-regex", text, e.getDescription());
            }
        }

        private void attribute(String text, int at) {
            Matcher m = ATTRIBUTE.matcher(text);
            if (!m.matches()) {
                problem(at, "lexicon.problem.unexpected-line", text);
                return;
            }
            String value = m.group(2).strip();
            if (category == Lexicon.Category.STEPS && Set.of("competence", "points", "mood").contains(m.group(1))) {
                problem(at, "lexicon.problem.not-for-steps", m.group(1));
                return;
            }
            switch (m.group(1)) {
                case "label" -> label = value;
                case "reason" -> reason = value;
                case "competence" -> competence = Competence.byId(value).orElseGet(() -> {
                    problem(at, "content.problem.unknown-competence", value);
                    return null;
                });
                case "points" -> points = number(value, at, category == Lexicon.Category.TABOO ? -5 : 1,
                        category == Lexicon.Category.TABOO ? -1 : 3);
                case "mood" -> mood = java.util.Objects.requireNonNullElse(number(value, at, -50, 50), 0);
                default -> problem(at, "lexicon.problem.unknown-attribute", m.group(1));
            }
        }

        private Integer number(String value, int at, int min, int max) {
            try {
                int n = Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problem(at, "lexicon.problem.bad-number", value, min, max);
            return null;
        }

        private void finish() {
            if (id == null) {
                return;
            }
            if (label == null || label.isEmpty()) {
                problem(line, "lexicon.problem.missing", id, "label");
            }
            if (reason == null || reason.isEmpty()) {
                problem(line, "lexicon.problem.missing", id, "reason");
            }
            boolean scored = category != Lexicon.Category.STEPS;
            if (scored && competence == null) {
                problem(line, "lexicon.problem.missing", id, "competence");
            }
            if (scored && points == null) {
                problem(line, "lexicon.problem.missing", id, "points");
            }
            if (phrases.isEmpty()) {
                problem(line, "lexicon.problem.no-phrases", id);
            }
            groups.add(new LexiconGroup(id, label, reason, competence, points == null ? 0 : points, mood, phrases));
            id = null;
        }

        private void problem(int at, String key, Object... args) {
            problems.add(ContentProblem.at(file.path(), at, key, args));
        }
    }
}
