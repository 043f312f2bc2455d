package org.kefuacademy.assessment;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.SAXParserFactory;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Moodle XML for the common types, both ways: multichoice (single or multiple), truefalse,
 * shortanswer (our fill-in), matching, essay (our short answer). Competences, difficulty, topic,
 * the ordering type and the rubric travel as {@code kefu:} tags and grader info, so our banks
 * come back unchanged. Parsing refuses DTDs and external entities; problems carry line numbers.
 */
public final class MoodleXml {
    private static final String TAG = "kefu:";

    private MoodleXml() {
    }

    // ---------- export ----------

    public static String export(QuestionBank bank) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        x.append("  <question type=\"category\"><category><text>$course$/").append(esc(bank.id()))
                .append("</text></category></question>\n");
        for (Question q : bank.questions()) {
            x.append(question(q));
        }
        return x.append("</quiz>\n").toString();
    }

    private static String question(Question q) {
        String type = switch (q.type()) {
            case SINGLE, MULTIPLE -> "multichoice";
            case TRUEFALSE -> "truefalse";
            case FILL -> "shortanswer";
            case MATCHING, ORDERING -> "matching";
            case SHORT -> "essay";
        };
        StringBuilder x = new StringBuilder("  <question type=\"").append(type).append("\">\n");
        x.append("    <name><text>").append(esc(q.id())).append("</text></name>\n");
        x.append("    <questiontext format=\"plain_text\"><text>").append(esc(q.stem())).append("</text></questiontext>\n");
        x.append("    <generalfeedback format=\"plain_text\"><text>").append(esc(q.explanation())).append("</text></generalfeedback>\n");
        x.append("    <defaultgrade>").append(q.points()).append("</defaultgrade>\n");
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                x.append("    <single>").append(q.type() == QuestionType.SINGLE).append("</single>\n");
                long right = q.correctOptionCount();
                for (Question.Option o : q.options()) {
                    String fraction = !o.correct() ? (q.type() == QuestionType.SINGLE ? "0" : "-100")
                            : q.type() == QuestionType.SINGLE ? "100" : String.format(Locale.ROOT, "%.5f", 100.0 / right);
                    x.append("    <answer fraction=\"").append(fraction).append("\"><text>").append(esc(o.text()))
                            .append("</text></answer>\n");
                }
            }
            case TRUEFALSE -> {
                x.append("    <answer fraction=\"").append(Boolean.TRUE.equals(q.truth()) ? 100 : 0).append("\"><text>true</text></answer>\n");
                x.append("    <answer fraction=\"").append(Boolean.TRUE.equals(q.truth()) ? 0 : 100).append("\"><text>false</text></answer>\n");
            }
            case FILL -> q.accepted().forEach(a -> x.append("    <answer fraction=\"100\"><text>").append(esc(a)).append("</text></answer>\n"));
            case MATCHING -> q.pairs().forEach(p -> x.append("    <subquestion><text>").append(esc(p.left()))
                    .append("</text><answer><text>").append(esc(p.right())).append("</text></answer></subquestion>\n"));
            case ORDERING -> {
                for (int i = 0; i < q.steps().size(); i++) {
                    x.append("    <subquestion><text>").append(i + 1).append("</text><answer><text>").append(esc(q.steps().get(i)))
                            .append("</text></answer></subquestion>\n");
                }
            }
            case SHORT -> x.append("    <graderinfo format=\"plain_text\"><text>").append(esc(q.rubric().stream()
                    .map(r -> r.text() + " (" + r.points() + "分)").collect(Collectors.joining("\n")))).append("</text></graderinfo>\n");
        }
        x.append("    <tags>\n");
        tag(x, "type=" + q.type().id());
        tag(x, "competences=" + q.competences().stream().map(Competence::id).collect(Collectors.joining(",")));
        tag(x, "difficulty=" + q.difficulty());
        if (!q.topic().isBlank()) {
            tag(x, "topic=" + q.topic());
        }
        x.append("    </tags>\n  </question>\n");
        return x.toString();
    }

    private static void tag(StringBuilder x, String value) {
        x.append("      <tag><text>").append(esc(TAG + value)).append("</text></tag>\n");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---------- import ----------

    /** A parsed XML element with the line it starts on. */
    record Node(String name, Map<String, String> attributes, List<Node> children, StringBuilder text, int line) {
        Node child(String n) {
            return children.stream().filter(c -> c.name.equals(n)).findFirst().orElse(null);
        }

        List<Node> all(String n) {
            return children.stream().filter(c -> c.name.equals(n)).toList();
        }

        /** The text of {@code <n><text>…</text></n>}, or "". */
        String textOf(String n) {
            Node c = child(n);
            return c == null ? "" : MoodleXml.text(c.child("text"));
        }
    }

    public static GiftFormat.Imported importText(String xml, String fileName, GiftFormat.Defaults defaults) {
        Node quiz;
        try {
            quiz = parse(xml);
        } catch (SAXParseException e) {
            return new GiftFormat.Imported(List.of(), List.of(ContentProblem.at(fileName, e.getLineNumber(), "xml.problem.syntax",
                    e.getMessage())));
        } catch (Exception e) {
            return new GiftFormat.Imported(List.of(), List.of(ContentProblem.at(fileName, 1, "xml.problem.syntax", e.getMessage())));
        }
        if (!quiz.name.equals("quiz")) {
            return new GiftFormat.Imported(List.of(), List.of(ContentProblem.at(fileName, quiz.line, "xml.problem.not-quiz")));
        }
        List<Question> questions = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        int number = 0;
        for (Node q : quiz.all("question")) {
            String type = q.attributes.getOrDefault("type", "");
            if (type.equals("category")) {
                continue;
            }
            number++;
            try {
                questions.add(read(q, type, defaults, number));
            } catch (NumberFormatException e) {
                // a difficulty tag or a rubric's points that are not a whole number (e.g. 99999999999999999999)
                problems.add(ContentProblem.at(fileName, q.line, "gift.problem.bad-number", type));
            } catch (IllegalArgumentException e) {
                problems.add(ContentProblem.at(fileName, q.line, e.getMessage(), type));
            }
        }
        return problems.isEmpty() ? new GiftFormat.Imported(questions, List.of()) : new GiftFormat.Imported(List.of(), problems);
    }

    private static Question read(Node q, String type, GiftFormat.Defaults d, int number) {
        Map<String, String> tags = new LinkedHashMap<>();
        Node tagsNode = q.child("tags");
        if (tagsNode != null) {
            for (Node tag : tagsNode.all("tag")) {
                String t = text(tag.child("text"));
                if (t.startsWith(TAG) && t.contains("=")) {
                    tags.put(t.substring(TAG.length(), t.indexOf('=')), t.substring(t.indexOf('=') + 1));
                }
            }
        }
        String name = q.textOf("name");
        String id = QuestionBankParser.QUESTION_ID.matcher(name).matches() ? name : d.idPrefix() + String.format("%03d", number);
        String stem = q.textOf("questiontext").replaceAll("<[^>]+>", "").strip();
        String feedback = q.textOf("generalfeedback").replaceAll("<[^>]+>", "").strip();
        String explanation = feedback.isEmpty() ? "（导入的题目没有解析）" : feedback;
        int points = (int) Math.round(parseDouble(text(q.child("defaultgrade")), d.points()));
        List<Competence> competences = tags.containsKey("competences")
                ? java.util.Arrays.stream(tags.get("competences").split(",")).map(String::strip)
                    .map(c -> Competence.byId(c).orElseThrow(() -> new IllegalArgumentException("gift.problem.unknown-competence"))).toList()
                : d.competences();
        if (competences.isEmpty()) {
            throw new IllegalArgumentException("gift.problem.no-competence");
        }
        int difficulty = tags.containsKey("difficulty") ? Integer.parseInt(tags.get("difficulty")) : d.difficulty();
        String topic = tags.getOrDefault("topic", "");
        QuestionType declared = tags.containsKey("type") ? QuestionType.byId(tags.get("type")).orElse(null) : null;
        List<Node> answers = q.all("answer");
        return switch (type) {
            case "multichoice" -> {
                List<Question.Option> options = answers.stream().map(a -> new Question.Option(text(a.child("text")),
                        parseDouble(a.attributes.get("fraction"), 0) > 0)).toList();
                boolean single = !"false".equalsIgnoreCase(text(q.child("single")));
                QuestionType t = declared == QuestionType.MULTIPLE || declared == QuestionType.SINGLE ? declared
                        : single ? QuestionType.SINGLE : QuestionType.MULTIPLE;
                yield new Question(id, t, competences, difficulty, points, topic, stem, options, null, List.of(), List.of(),
                        List.of(), List.of(), explanation, q.line);
            }
            case "truefalse" -> {
                boolean truth = answers.stream().anyMatch(a -> text(a.child("text")).equalsIgnoreCase("true")
                        && parseDouble(a.attributes.get("fraction"), 0) > 0);
                yield new Question(id, QuestionType.TRUEFALSE, competences, difficulty, points, topic, stem, List.of(), truth,
                        List.of(), List.of(), List.of(), List.of(), explanation, q.line);
            }
            case "shortanswer" -> {
                List<String> accepted = answers.stream().filter(a -> parseDouble(a.attributes.get("fraction"), 0) >= 100)
                        .map(a -> text(a.child("text"))).toList();
                if (accepted.isEmpty()) {
                    throw new IllegalArgumentException("xml.problem.no-right-answer");
                }
                String withBlank = stem.contains("____") ? stem : stem + " ____";
                yield new Question(id, QuestionType.FILL, competences, difficulty, points, topic, withBlank, List.of(), null,
                        accepted, List.of(), List.of(), List.of(), explanation, q.line);
            }
            case "matching" -> {
                List<Question.Pair> pairs = q.all("subquestion").stream().map(s -> new Question.Pair(
                        text(s.child("text")), s.textOf("answer"))).toList();
                if (declared == QuestionType.ORDERING) {
                    yield new Question(id, QuestionType.ORDERING, competences, difficulty, points, topic, stem, List.of(), null,
                            List.of(), pairs.stream().map(Question.Pair::right).toList(), List.of(), List.of(), explanation, q.line);
                }
                yield new Question(id, QuestionType.MATCHING, competences, difficulty, points, topic, stem, List.of(), null,
                        List.of(), List.of(), pairs, List.of(), explanation, q.line);
            }
            case "essay" -> new Question(id, QuestionType.SHORT, competences, difficulty, points, topic, stem, List.of(), null,
                    List.of(), List.of(), List.of(), rubric(q.textOf("graderinfo"), points), explanation, q.line);
            default -> throw new IllegalArgumentException("xml.problem.unsupported-type");
        };
    }

    private static String text(Node n) {
        return n == null ? "" : n.text().toString().strip();
    }

    private static List<Question.RubricItem> rubric(String info, int points) {
        List<Question.RubricItem> items = new ArrayList<>();
        for (String line : info.split("\n")) {
            java.util.regex.Matcher m = QuestionBankParser.RUBRIC.matcher("- " + line.strip());
            if (m.matches()) {
                items.add(new Question.RubricItem(m.group(1).strip(), Integer.parseInt(m.group(2))));
            }
        }
        return items.isEmpty() ? List.of(new Question.RubricItem("按参考答案评分", points)) : items;
    }

    private static double parseDouble(String s, double fallback) {
        try {
            return s == null || s.isBlank() ? fallback : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** SAX into a small tree that remembers lines; DTDs and external entities are refused (XXE). */
    static Node parse(String xml) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        List<Node> stack = new ArrayList<>();
        Node[] root = new Node[1];
        factory.newSAXParser().parse(new InputSource(new StringReader(xml)), new DefaultHandler() {
            private Locator locator;

            @Override
            public void setDocumentLocator(Locator l) {
                this.locator = l;
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes attrs) {
                Map<String, String> a = new LinkedHashMap<>();
                for (int i = 0; i < attrs.getLength(); i++) {
                    a.put(attrs.getQName(i), attrs.getValue(i));
                }
                Node n = new Node(qName, a, new ArrayList<>(), new StringBuilder(), locator == null ? 0 : locator.getLineNumber());
                if (stack.isEmpty()) {
                    root[0] = n;
                } else {
                    stack.getLast().children().add(n);
                }
                stack.add(n);
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                stack.removeLast();
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (!stack.isEmpty()) {
                    stack.getLast().text().append(ch, start, length);
                }
            }
        });
        return root[0];
    }
}
