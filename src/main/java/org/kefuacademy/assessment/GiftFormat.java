package org.kefuacademy.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;

/**
 * Moodle's GIFT text format, both ways. Types GIFT lacks travel in a {@code // kefu:} comment line
 * before the question (ordering as numbered matching, the short-answer rubric, competences,
 * difficulty, points, topic), so exporting our banks and importing them back gives the same
 * questions. GIFT from elsewhere imports with the defaults given; every question that cannot be
 * imported is reported with its line, and then nothing is imported.
 */
public final class GiftFormat {
    private static final String META = "// kefu:";
    private static final Pattern TITLE = Pattern.compile("^::(.*?)::");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9.]+)%");

    /** Defaults for GIFT written elsewhere (no {@code // kefu:} line). */
    public record Defaults(String idPrefix, List<Competence> competences, int difficulty, int points) {
        public Defaults {
            competences = List.copyOf(competences);
        }
    }

    /** The questions read, or the problems that block the import (then nothing is imported). */
    public record Imported(List<Question> questions, List<ContentProblem> problems) {
        public Imported {
            questions = List.copyOf(questions);
            problems = List.copyOf(problems);
        }
    }

    private GiftFormat() {
    }

    // ---------- export ----------

    public static String export(QuestionBank bank) {
        StringBuilder sb = new StringBuilder("// ").append(bank.title()).append(" (").append(bank.id()).append(")\n");
        sb.append("$CATEGORY: ").append(bank.id()).append("\n\n");
        for (Question q : bank.questions()) {
            sb.append(meta(q)).append('\n').append(question(q)).append("\n\n");
        }
        return sb.toString();
    }

    private static String meta(Question q) {
        StringBuilder m = new StringBuilder(META).append(" type=").append(q.type().id())
                .append("; competences=").append(q.competences().stream().map(Competence::id).collect(Collectors.joining(",")))
                .append("; difficulty=").append(q.difficulty()).append("; points=").append(q.points());
        if (!q.topic().isBlank()) {
            m.append("; topic=").append(q.topic().replace(";", "；"));
        }
        if (q.type() == QuestionType.SHORT) {
            m.append("; rubric=").append(q.rubric().stream().map(r -> r.text().replace("|", "｜").replace(";", "；")
                    + "(" + r.points() + ")").collect(Collectors.joining("|")));
        }
        return m.toString();
    }

    private static String question(Question q) {
        String title = "::" + q.id() + "::";
        String feedback = "####" + escape(q.explanation()).replace("\n", "\\n");
        String stem = escape(q.stem()).replace("\n", "\\n");
        return switch (q.type()) {
            case SINGLE -> title + stem + " {" + q.options().stream().map(o -> (o.correct() ? "=" : "~") + escape(o.text()))
                    .collect(Collectors.joining(" ")) + " " + feedback + "}";
            case MULTIPLE -> {
                long right = q.correctOptionCount();
                String weight = String.format(Locale.ROOT, "%.5f", 100.0 / right);
                yield title + stem + " {" + q.options().stream().map(o -> "~%" + (o.correct() ? weight : "-100") + "%" + escape(o.text()))
                        .collect(Collectors.joining(" ")) + " " + feedback + "}";
            }
            case TRUEFALSE -> title + stem + " {" + (Boolean.TRUE.equals(q.truth()) ? "TRUE" : "FALSE") + feedback + "}";
            case FILL -> {
                String answers = "{" + q.accepted().stream().map(a -> "=" + escape(a)).collect(Collectors.joining(" ")) + " " + feedback + "}";
                int blank = stem.indexOf("____");
                String after = stem.substring(blank).replaceFirst("^_+", "");
                yield title + stem.substring(0, blank) + answers + after;
            }
            case MATCHING -> title + stem + " {" + q.pairs().stream().map(p -> "=" + escape(p.left()) + " -> " + escape(p.right()))
                    .collect(Collectors.joining(" ")) + " " + feedback + "}";
            case ORDERING -> {
                StringBuilder pairs = new StringBuilder();
                for (int i = 0; i < q.steps().size(); i++) {
                    pairs.append("=").append(i + 1).append(" -> ").append(escape(q.steps().get(i))).append(' ');
                }
                yield title + stem + " {" + pairs + feedback + "}";
            }
            case SHORT -> title + stem + " {" + feedback + "}";
        };
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("~", "\\~").replace("=", "\\=").replace("#", "\\#")
                .replace("{", "\\{").replace("}", "\\}").replace(":", "\\:");
    }

    static String unescape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                sb.append(n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---------- import ----------

    public static Imported importText(String gift, String fileName, Defaults defaults) {
        List<Question> questions = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        String[] lines = gift.replace("\r\n", "\n").split("\n", -1);
        StringBuilder block = new StringBuilder();
        int blockLine = 0;
        String meta = null;
        int depth = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            boolean end = i == lines.length || (line.isBlank() && depth == 0);
            if (end) {
                if (!block.isEmpty()) {
                    read(block.toString().strip(), blockLine, meta, fileName, defaults, questions.size() + 1, questions, problems);
                }
                block.setLength(0);
                meta = null;
                continue;
            }
            String trimmed = line.strip();
            if (depth == 0 && block.isEmpty()) {
                if (trimmed.startsWith(META)) {
                    meta = trimmed.substring(META.length()).strip();
                    continue;
                }
                if (trimmed.startsWith("//") || trimmed.startsWith("$CATEGORY")) {
                    continue;
                }
                blockLine = i + 1;
            }
            depth += braceDelta(line);
            block.append(line).append('\n');
        }
        return problems.isEmpty() ? new Imported(questions, List.of()) : new Imported(List.of(), problems);
    }

    private static int braceDelta(String line) {
        int d = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                d++;
            } else if (c == '}') {
                d--;
            }
        }
        return d;
    }

    private static void read(String text, int line, String meta, String file, Defaults defaults, int number,
                             List<Question> out, List<ContentProblem> problems) {
        String id = defaults.idPrefix() + String.format("%03d", number);
        Matcher t = TITLE.matcher(text);
        if (t.find()) {
            String title = t.group(1).strip();
            if (QuestionBankParser.QUESTION_ID.matcher(title).matches()) {
                id = title;
            }
            text = text.substring(t.end());
        }
        int open = unescapedIndex(text, '{');
        int close = open < 0 ? -1 : unescapedIndex(text.substring(open), '}');
        if (open < 0 || close < 0) {
            problems.add(ContentProblem.at(file, line, "gift.problem.no-answer-block"));
            return;
        }
        close += open;
        String before = text.substring(0, open);
        String after = text.substring(close + 1);
        String body = text.substring(open + 1, close);
        String feedback = "";
        int fb = body.indexOf("####");
        if (fb >= 0) {
            feedback = unescape(body.substring(fb + 4).strip());
            body = body.substring(0, fb);
        }
        Map<String, String> m = meta(meta);
        try {
            Question q = build(id, unescape(before), unescape(after), body.strip(), feedback, m, defaults, line);
            out.add(q);
        } catch (NumberFormatException e) {
            // difficulty, points or a rubric's points that are not a whole number (e.g. 99999999999999999999)
            problems.add(ContentProblem.at(file, line, "gift.problem.bad-number"));
        } catch (IllegalArgumentException e) {
            problems.add(ContentProblem.at(file, line, e.getMessage()));
        }
    }

    private static Question build(String id, String before, String after, String body, String feedback,
                                  Map<String, String> meta, Defaults d, int line) {
        List<Competence> competences = meta.containsKey("competences")
                ? java.util.Arrays.stream(meta.get("competences").split(",")).map(String::strip)
                    .map(c -> Competence.byId(c).orElseThrow(() -> new IllegalArgumentException("gift.problem.unknown-competence")))
                    .toList()
                : d.competences();
        if (competences.isEmpty()) {
            throw new IllegalArgumentException("gift.problem.no-competence");
        }
        int difficulty = meta.containsKey("difficulty") ? Integer.parseInt(meta.get("difficulty")) : d.difficulty();
        int points = meta.containsKey("points") ? Integer.parseInt(meta.get("points")) : d.points();
        String topic = meta.getOrDefault("topic", "");
        String explanation = feedback.isBlank() ? "（导入的题目没有解析）" : feedback;
        QuestionType declared = meta.containsKey("type") ? QuestionType.byId(meta.get("type")).orElse(null) : null;
        List<String> parts = answerParts(body);
        String stem = before.strip();
        boolean missingWord = !after.isBlank() || declared == QuestionType.FILL
                || (!parts.isEmpty() && parts.stream().allMatch(p -> p.startsWith("=") && !p.contains("->")));
        if (missingWord) {
            // Moodle's missing-word and short-answer questions are our fill-in-the-blank.
            String blankStem = after.isBlank() && !before.contains("____") ? before.strip() + " ____" : before + "____" + after;
            List<String> accepted = parts.stream().filter(p -> p.startsWith("=")).map(p -> unescape(p.substring(1)).strip()).toList();
            if (accepted.isEmpty() || parts.size() != accepted.size()) {
                throw new IllegalArgumentException("gift.problem.unsupported");
            }
            return question(id, QuestionType.FILL, competences, difficulty, points, topic, blankStem.strip(), List.of(), null,
                    accepted, List.of(), List.of(), List.of(), explanation, line);
        }
        if (parts.isEmpty()) {
            List<Question.RubricItem> rubric = rubric(meta.get("rubric"), points);
            return question(id, QuestionType.SHORT, competences, difficulty, points, topic, stem, List.of(), null, List.of(),
                    List.of(), List.of(), rubric, explanation, line);
        }
        String only = unescape(body).strip().toUpperCase(Locale.ROOT);
        if (parts.size() == 1 && List.of("T", "TRUE", "F", "FALSE").contains(only)) {
            return question(id, QuestionType.TRUEFALSE, competences, difficulty, points, topic, stem, List.of(),
                    only.startsWith("T"), List.of(), List.of(), List.of(), List.of(), explanation, line);
        }
        if (parts.stream().allMatch(p -> p.startsWith("=") && p.contains("->"))) {
            List<Question.Pair> pairs = parts.stream().map(p -> p.substring(1).split("->", 2))
                    .map(lr -> new Question.Pair(unescape(lr[0]).strip(), unescape(lr[1]).strip())).toList();
            if (declared == QuestionType.ORDERING) {
                return question(id, QuestionType.ORDERING, competences, difficulty, points, topic, stem, List.of(), null,
                        List.of(), pairs.stream().map(Question.Pair::right).toList(), List.of(), List.of(), explanation, line);
            }
            return question(id, QuestionType.MATCHING, competences, difficulty, points, topic, stem, List.of(), null, List.of(),
                    List.of(), pairs, List.of(), explanation, line);
        }
        if (parts.stream().allMatch(p -> p.startsWith("=") || p.startsWith("~"))) {
            List<Question.Option> options = new ArrayList<>();
            boolean weighted = false;
            for (String p : parts) {
                String rest = p.substring(1).strip();
                Matcher w = WEIGHT.matcher(rest);
                if (w.find()) {
                    weighted = true;
                    options.add(new Question.Option(unescape(rest.substring(w.end())).strip(), Double.parseDouble(w.group(1)) > 0));
                } else {
                    options.add(new Question.Option(unescape(rest).strip(), p.startsWith("=")));
                }
            }
            long right = options.stream().filter(Question.Option::correct).count();
            QuestionType type = weighted || right > 1 ? QuestionType.MULTIPLE : QuestionType.SINGLE;
            if (right == options.size() && options.size() > 1 && type == QuestionType.SINGLE) {
                throw new IllegalArgumentException("gift.problem.unsupported");
            }
            return question(id, type, competences, difficulty, points, topic, stem, options, null, List.of(), List.of(),
                    List.of(), List.of(), explanation, line);
        }
        throw new IllegalArgumentException("gift.problem.unsupported");
    }

    private static Question question(String id, QuestionType type, List<Competence> competences, int difficulty, int points,
                                     String topic, String stem, List<Question.Option> options, Boolean truth,
                                     List<String> accepted, List<String> steps, List<Question.Pair> pairs,
                                     List<Question.RubricItem> rubric, String explanation, int line) {
        return new Question(id, type, competences, difficulty, points, topic, stem, options, truth, accepted, steps, pairs,
                rubric, explanation, line);
    }

    private static List<Question.RubricItem> rubric(String encoded, int points) {
        if (encoded == null || encoded.isBlank()) {
            return List.of(new Question.RubricItem("按参考答案评分", points));
        }
        List<Question.RubricItem> items = new ArrayList<>();
        for (String item : encoded.split("\\|")) {
            int open = item.lastIndexOf('(');
            int close = item.lastIndexOf(')');
            if (open < 0 || close < open) {
                // each item is written "要点 (分值)"; an edited kefu line may have lost the brackets
                throw new IllegalArgumentException("gift.problem.bad-rubric");
            }
            items.add(new Question.RubricItem(item.substring(0, open).strip(),
                    Integer.parseInt(item.substring(open + 1, close).strip())));
        }
        return items;
    }

    /** Splits an answer block on unescaped {@code =} and {@code ~} that start an answer. */
    private static List<String> answerParts(String body) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = null;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                if (current != null) {
                    current.append(c).append(body.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (c == '=' || c == '~') {
                if (current != null) {
                    parts.add(current.toString().strip());
                }
                current = new StringBuilder().append(c);
            } else if (current != null) {
                current.append(c);
            } else if (!Character.isWhitespace(c)) {
                current = new StringBuilder().append(c);
            }
        }
        if (current != null && !current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        return parts;
    }

    private static int unescapedIndex(String text, char wanted) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> meta(String meta) {
        Map<String, String> m = new LinkedHashMap<>();
        if (meta != null) {
            for (String pair : meta.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    m.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
        }
        return m;
    }
}
