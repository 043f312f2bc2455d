package org.kefuacademy.platform.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Splits a content file into its YAML front matter (between two {@code ---} lines at the top)
 * and its Markdown body, remembering on which line each top-level key stands so that every
 * later problem can name its line.
 */
public final class FrontMatter {
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*)\\s*:");

    /** The parsed parts; {@code bodyFirstLine} is the file line of the body's first line. */
    public record Parsed(Map<String, Object> fields, Map<String, Integer> keyLines, String body, int bodyFirstLine) {

        public int lineOf(String key) {
            return keyLines.getOrDefault(key, 1);
        }
    }

    /** Either the parsed document or the problems that prevent parsing it. */
    public record Result(Parsed parsed, List<ContentProblem> problems) {
        public boolean ok() {
            return parsed != null;
        }
    }

    private FrontMatter() {
    }

    public static Result parse(SourceFile file) {
        String text = file.text();
        List<ContentProblem> problems = new ArrayList<>();
        int badChar = text.indexOf('\uFFFD');
        if (badChar >= 0) {
            problems.add(ContentProblem.at(file.path(), lineAt(text, badChar), "content.problem.not-utf8"));
            return new Result(null, problems);
        }
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(ContentProblem.at(file.path(), 1, "content.problem.no-front-matter"));
            return new Result(null, problems);
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(ContentProblem.at(file.path(), 1, "content.problem.front-matter-not-closed"));
            return new Result(null, problems);
        }
        String yamlText = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 2;
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            problems.add(ContentProblem.at(file.path(), line, "content.problem.yaml", problem));
            return new Result(null, problems);
        } catch (YAMLException e) {
            problems.add(ContentProblem.at(file.path(), 1, "content.problem.yaml", e.getMessage()));
            return new Result(null, problems);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            problems.add(ContentProblem.at(file.path(), 2, "content.problem.front-matter-not-a-map"));
            return new Result(null, problems);
        }
        Map<String, Object> fields = new HashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        Map<String, Integer> keyLines = new HashMap<>();
        for (int i = 1; i < end; i++) {
            Matcher m = TOP_LEVEL_KEY.matcher(lines[i]);
            if (m.find()) {
                keyLines.putIfAbsent(m.group(1), i + 1);
            }
        }
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
        return new Result(new Parsed(fields, keyLines, body, end + 2), problems);
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
