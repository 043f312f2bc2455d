package org.kefuacademy.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.FieldReader;
import org.kefuacademy.platform.content.FrontMatter;
import org.kefuacademy.platform.content.SourceFile;

/**
 * Reads a question-bank file (format: {@code content/quizzes/README.md}). Every problem names the
 * file and line; any problem rejects the whole bank, so a bank is never half-imported.
 * Plain Java: no Spring, no database.
 */
public final class QuestionBankParser {
    static final Pattern HEADING = Pattern.compile("^##\\s+Q\\s+(\\S+)\\s*$");
    static final Pattern QUESTION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final Pattern ATTRIBUTE = Pattern.compile("^([a-z][a-z-]*):\\s*(.*)$");
    static final Pattern OPTION = Pattern.compile("^- \\[( |x|X)\\]\\s+(.+)$");
    static final Pattern STEP = Pattern.compile("^(\\d+)\\.\\s+(.+)$");
    static final Pattern PAIR = Pattern.compile("^- (.+?)\\s*=>\\s*(.+)$");
    static final Pattern RUBRIC = Pattern.compile("^- (.+?)\\s*[（(](\\d+)\\s*分[)）]\\s*$");
    static final Pattern EXPLANATION = Pattern.compile("^>\\s*解析[：:]\\s*(.*)$");
    static final Set<String> BANK_FIELDS = Set.of("id", "kind", "title", "module", "week");
    static final Set<String> QUESTION_FIELDS = Set.of("type", "competences", "difficulty", "points", "topic");
    public static final int MAX_POINTS = 20;

    /** The bank, or null with every problem found. */
    public record Outcome(QuestionBank bank, List<ContentProblem> problems) {
    }

    public Outcome parse(SourceFile file) {
        FrontMatter.Result split = FrontMatter.parse(file);
        if (!split.ok()) {
            return new Outcome(null, split.problems());
        }
        FrontMatter.Parsed parsed = split.parsed();
        FieldReader fields = new FieldReader(file, parsed);
        for (String key : parsed.fields().keySet()) {
            if (!BANK_FIELDS.contains(key)) {
                fields.problem(key, "content.problem.unknown-field", key, String.join(", ", BANK_FIELDS.stream().sorted().toList()));
            }
        }
        String id = fields.requiredText("id", 100);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{1,99}")) {
            fields.problem("id", "content.problem.bad-id", id);
        }
        fields.optionalText("kind", 20).filter(k -> !k.equals("question-bank"))
                .ifPresent(k -> fields.problem("kind", "quiz.problem.bad-kind", k, "question-bank"));
        String title = fields.requiredText("title", 200);
        String module = fields.optionalText("module", 100).orElse(null);
        Integer week = fields.integer("week", 1, 4, false).orElse(null);
        List<ContentProblem> problems = new ArrayList<>(fields.problems());
        List<Question> questions = new Questions(file, parsed, problems).read();
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add(ContentProblem.at(file.path(), parsed.bodyFirstLine(), "quiz.problem.no-questions"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(new QuestionBank(id, title, module, week, questions, file.path()), List.of());
    }

    /** Walks the body question by question. */
    private static final class Questions {
        private final SourceFile file;
        private final List<String> lines;
        private final int firstLine;
        private final List<ContentProblem> problems;

        Questions(SourceFile file, FrontMatter.Parsed parsed, List<ContentProblem> problems) {
            this.file = file;
            this.lines = parsed.body().lines().toList();
            this.firstLine = parsed.bodyFirstLine();
            this.problems = problems;
        }

        List<Question> read() {
            List<Question> questions = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int i = 0;
            boolean reported = false;
            while (i < lines.size() && !HEADING.matcher(lines.get(i)).matches()) {
                if (!lines.get(i).isBlank() && !reported) {
                    problem(i, "quiz.problem.text-before-question");
                    reported = true;
                }
                i++;
            }
            while (i < lines.size()) {
                int start = i++;
                while (i < lines.size() && !HEADING.matcher(lines.get(i)).matches()) {
                    if (lines.get(i).startsWith("#")) {
                        problem(i, "quiz.problem.stray-heading", lines.get(i).strip());
                    }
                    i++;
                }
                Question q = question(start, i);
                if (q != null) {
                    if (!ids.add(q.id())) {
                        problem(start, "quiz.problem.duplicate-id", q.id());
                    }
                    questions.add(q);
                }
            }
            return questions;
        }

        private Question question(int start, int end) {
            int before = problems.size();
            Matcher heading = HEADING.matcher(lines.get(start));
            heading.matches();
            String id = heading.group(1);
            if (!QUESTION_ID.matcher(id).matches()) {
                problem(start, "quiz.problem.bad-question-id", id);
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, Integer> attributeLines = new LinkedHashMap<>();
            int i = start + 1;
            for (; i < end && !lines.get(i).isBlank(); i++) {
                Matcher a = ATTRIBUTE.matcher(lines.get(i));
                if (!a.matches() || !QUESTION_FIELDS.contains(a.group(1))) {
                    problem(i, "quiz.problem.bad-attribute", lines.get(i).strip(), String.join(", ", QUESTION_FIELDS));
                    continue;
                }
                attributes.put(a.group(1), a.group(2).strip());
                attributeLines.put(a.group(1), i);
            }
            QuestionType type = type(attributes, attributeLines, start);
            List<Competence> competences = competences(attributes, attributeLines, start);
            int difficulty = number(attributes, attributeLines, start, "difficulty", 1, 3);
            int points = number(attributes, attributeLines, start, "points", 1, MAX_POINTS);
            String topic = attributes.getOrDefault("topic", "");

            List<String> stem = new ArrayList<>();
            List<Integer> answerLines = new ArrayList<>();
            List<String> explanation = new ArrayList<>();
            int explanationLine = -1;
            for (; i < end; i++) {
                String line = lines.get(i);
                if (line.startsWith(">")) {
                    if (explanationLine < 0) {
                        explanationLine = i;
                        Matcher e = EXPLANATION.matcher(line);
                        if (!e.matches()) {
                            problem(i, "quiz.problem.explanation-format");
                        } else {
                            explanation.add(e.group(1));
                        }
                    } else {
                        explanation.add(line.replaceFirst("^>\\s?", ""));
                    }
                } else if (explanationLine >= 0) {
                    if (!line.isBlank()) {
                        problem(i, "quiz.problem.text-after-explanation");
                    }
                } else if (!answerLines.isEmpty() || (type != null && startsAnswer(type, line))) {
                    if (!line.isBlank()) {
                        answerLines.add(i);
                    }
                } else {
                    stem.add(line);
                }
            }
            String stemText = String.join("\n", stem).strip();
            if (stemText.isEmpty()) {
                problem(start, "quiz.problem.no-stem", id);
            }
            if (explanation.isEmpty() || String.join("", explanation).isBlank()) {
                problem(explanationLine >= 0 ? explanationLine : start, "quiz.problem.no-explanation", id);
            }
            if (type == null) {
                return null;
            }
            Answers answers = answers(type, answerLines, start, points, stemText);
            if (problems.size() > before) {
                return null;
            }
            return new Question(id, type, competences, difficulty, points, topic, stemText, answers.options, answers.truth,
                    answers.accepted, answers.steps, answers.pairs, answers.rubric,
                    String.join("\n", explanation).strip(), firstLine + start);
        }

        private static boolean startsAnswer(QuestionType type, String line) {
            return switch (type) {
                case SINGLE, MULTIPLE -> OPTION.matcher(line).matches();
                case TRUEFALSE, FILL -> line.startsWith("answer:");
                case ORDERING -> STEP.matcher(line).matches();
                case MATCHING -> PAIR.matcher(line).matches();
                case SHORT -> line.strip().equals("rubric:");
            };
        }

        /** The parsed answer block of one question. */
        private static final class Answers {
            List<Question.Option> options = List.of();
            Boolean truth;
            List<String> accepted = List.of();
            List<String> steps = List.of();
            List<Question.Pair> pairs = List.of();
            List<Question.RubricItem> rubric = List.of();
        }

        private Answers answers(QuestionType type, List<Integer> at, int start, int points, String stem) {
            Answers a = new Answers();
            if (at.isEmpty()) {
                problem(start, "quiz.problem.no-answer", type.id());
                return a;
            }
            switch (type) {
                case SINGLE, MULTIPLE -> a.options = options(type, at, start);
                case TRUEFALSE -> a.truth = truth(at);
                case FILL -> a.accepted = accepted(at, stem);
                case ORDERING -> a.steps = steps(at);
                case MATCHING -> a.pairs = pairs(at);
                case SHORT -> a.rubric = rubric(at, points);
            }
            return a;
        }

        private List<Question.Option> options(QuestionType type, List<Integer> at, int start) {
            List<Question.Option> options = new ArrayList<>();
            for (int i : at) {
                Matcher m = OPTION.matcher(lines.get(i));
                if (!m.matches()) {
                    problem(i, "quiz.problem.bad-option", lines.get(i).strip());
                    continue;
                }
                options.add(new Question.Option(m.group(2).strip(), !m.group(1).isBlank()));
            }
            long correct = options.stream().filter(Question.Option::correct).count();
            if (options.size() < 2 || options.size() > 8) {
                problem(at.getFirst(), "quiz.problem.option-count", options.size());
            } else if (type == QuestionType.SINGLE && correct != 1) {
                problem(at.getFirst(), "quiz.problem.single-needs-one", correct);
            } else if (type == QuestionType.MULTIPLE && (correct < 2 || options.size() < 3)) {
                problem(at.getFirst(), "quiz.problem.multiple-needs-two", correct);
            }
            if (options.stream().map(o -> o.text()).distinct().count() != options.size()) {
                problem(at.getFirst(), "quiz.problem.duplicate-option");
            }
            return options;
        }

        private Boolean truth(List<Integer> at) {
            String value = value(at.getFirst()).toLowerCase(Locale.ROOT);
            if (at.size() > 1) {
                problem(at.get(1), "quiz.problem.one-answer-line");
            }
            return switch (value) {
                case "对", "正确", "true", "是" -> Boolean.TRUE;
                case "错", "错误", "false", "否" -> Boolean.FALSE;
                default -> {
                    problem(at.getFirst(), "quiz.problem.bad-truth", value);
                    yield null;
                }
            };
        }

        private List<String> accepted(List<Integer> at, String stem) {
            if (!stem.contains("____")) {
                problem(at.getFirst(), "quiz.problem.no-blank");
            }
            if (at.size() > 1) {
                problem(at.get(1), "quiz.problem.one-answer-line");
            }
            List<String> accepted = java.util.Arrays.stream(value(at.getFirst()).split("\\|"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (accepted.isEmpty()) {
                problem(at.getFirst(), "quiz.problem.no-accepted-answer");
            }
            return accepted;
        }

        private List<String> steps(List<Integer> at) {
            List<String> steps = new ArrayList<>();
            for (int i : at) {
                Matcher m = STEP.matcher(lines.get(i));
                if (!m.matches()) {
                    problem(i, "quiz.problem.bad-step", lines.get(i).strip());
                    continue;
                }
                // at most 10 steps: a longer number (e.g. 99999999999999999999) is wrong and would not fit an int
                if (m.group(1).length() > 2 || Integer.parseInt(m.group(1)) != steps.size() + 1) {
                    problem(i, "quiz.problem.step-number", steps.size() + 1);
                }
                steps.add(m.group(2).strip());
            }
            if (steps.size() < 3 || steps.size() > 10) {
                problem(at.getFirst(), "quiz.problem.step-count", steps.size());
            }
            return steps;
        }

        private List<Question.Pair> pairs(List<Integer> at) {
            List<Question.Pair> pairs = new ArrayList<>();
            for (int i : at) {
                Matcher m = PAIR.matcher(lines.get(i));
                if (!m.matches()) {
                    problem(i, "quiz.problem.bad-pair", lines.get(i).strip());
                    continue;
                }
                pairs.add(new Question.Pair(m.group(1).strip(), m.group(2).strip()));
            }
            if (pairs.size() < 2 || pairs.size() > 10) {
                problem(at.getFirst(), "quiz.problem.pair-count", pairs.size());
            }
            if (pairs.stream().map(Question.Pair::left).distinct().count() != pairs.size()
                    || pairs.stream().map(Question.Pair::right).distinct().count() != pairs.size()) {
                problem(at.getFirst(), "quiz.problem.duplicate-pair");
            }
            return pairs;
        }

        private List<Question.RubricItem> rubric(List<Integer> at, int points) {
            List<Question.RubricItem> items = new ArrayList<>();
            for (int i : at.subList(1, at.size())) {
                Matcher m = RUBRIC.matcher(lines.get(i));
                if (!m.matches()) {
                    problem(i, "quiz.problem.bad-rubric", lines.get(i).strip());
                    continue;
                }
                if (m.group(2).length() > 3) {
                    // no question is worth that many points; a longer number would not even fit an int
                    problem(i, "quiz.problem.bad-rubric", lines.get(i).strip());
                    continue;
                }
                items.add(new Question.RubricItem(m.group(1).strip(), Integer.parseInt(m.group(2))));
            }
            int sum = items.stream().mapToInt(Question.RubricItem::points).sum();
            if (items.isEmpty()) {
                problem(at.getFirst(), "quiz.problem.no-rubric");
            } else if (sum != points) {
                problem(at.getFirst(), "quiz.problem.rubric-sum", sum, points);
            }
            return items;
        }

        private QuestionType type(Map<String, String> attributes, Map<String, Integer> attributeLines, int start) {
            String value = attributes.get("type");
            if (value == null) {
                problem(start, "quiz.problem.missing-attribute", "type");
                return null;
            }
            return QuestionType.byId(value).orElseGet(() -> {
                problem(attributeLines.get("type"), "quiz.problem.bad-type", value);
                return null;
            });
        }

        private List<Competence> competences(Map<String, String> attributes, Map<String, Integer> attributeLines, int start) {
            String value = attributes.get("competences");
            if (value == null) {
                problem(start, "quiz.problem.missing-attribute", "competences");
                return List.of();
            }
            List<Competence> result = new ArrayList<>();
            for (String id : value.replaceAll("[\\[\\]]", "").split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                Competence.byId(id.strip()).ifPresentOrElse(result::add,
                        () -> problem(attributeLines.get("competences"), "content.problem.unknown-competence", id.strip()));
            }
            if (result.isEmpty() && problems.stream().noneMatch(p -> p.messageKey().equals("content.problem.unknown-competence"))) {
                problem(attributeLines.get("competences"), "quiz.problem.missing-attribute", "competences");
            }
            return result;
        }

        private int number(Map<String, String> attributes, Map<String, Integer> attributeLines, int start, String key,
                           int min, int max) {
            String value = attributes.get(key);
            if (value == null) {
                problem(start, "quiz.problem.missing-attribute", key);
                return min;
            }
            try {
                int n = Integer.parseInt(value);
                if (n < min || n > max) {
                    problem(attributeLines.get(key), "content.problem.out-of-range", key, n, min, max);
                }
                return n;
            } catch (NumberFormatException e) {
                problem(attributeLines.get(key), "content.problem.not-integer", key, value);
                return min;
            }
        }

        private String value(int index) {
            String line = lines.get(index);
            return line.substring(line.indexOf(':') + 1).strip();
        }

        private void problem(int bodyIndex, String key, Object... args) {
            problems.add(ContentProblem.at(file.path(), firstLine + bodyIndex, key, args));
        }
    }
}
