package org.kefuacademy.platform.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reading of front-matter fields that collects every problem (with the key's line) rather
 * than stopping at the first, so one reload shows a trainer everything to fix in a file.
 */
public final class FieldReader {
    private final SourceFile file;
    private final FrontMatter.Parsed parsed;
    private final List<ContentProblem> problems = new ArrayList<>();

    public FieldReader(SourceFile file, FrontMatter.Parsed parsed) {
        this.file = file;
        this.parsed = parsed;
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    public void problem(String key, String messageKey, Object... args) {
        problems.add(ContentProblem.at(file.path(), parsed.lineOf(key), messageKey, args));
    }

    public boolean has(String key) {
        return parsed.fields().get(key) != null;
    }

    public String requiredText(String key, int maxLength) {
        return optionalText(key, maxLength).orElseGet(() -> {
            problem(key, "content.problem.required", key);
            return null;
        });
    }

    public Optional<String> optionalText(String key, int maxLength) {
        Object value = parsed.fields().get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            problem(key, "content.problem.not-text", key);
            return Optional.empty();
        }
        String text = String.valueOf(value).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            problem(key, "content.problem.too-long", key, maxLength);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** An integer in [min, max]; empty (with a problem when required) otherwise. */
    public Optional<Integer> integer(String key, int min, int max, boolean required) {
        Object value = parsed.fields().get(key);
        if (value == null) {
            if (required) {
                problem(key, "content.problem.required", key);
            }
            return Optional.empty();
        }
        if (!(value instanceof Integer i)) {
            problem(key, "content.problem.not-integer", key, value);
            return Optional.empty();
        }
        if (i < min || i > max) {
            problem(key, "content.problem.out-of-range", key, i, min, max);
            return Optional.empty();
        }
        return Optional.of(i);
    }

    /** A yes/no field ({@code true}/{@code false}); the default when absent. */
    public boolean bool(String key, boolean defaultValue) {
        Object value = parsed.fields().get(key);
        if (value == null) {
            return defaultValue;
        }
        if (!(value instanceof Boolean b)) {
            problem(key, "content.problem.not-boolean", key, value);
            return defaultValue;
        }
        return b;
    }

    /** The raw value of a field (for structures a feature reads itself). */
    public Object raw(String key) {
        return parsed.fields().get(key);
    }

    /** A list of non-empty texts (a single text counts as a list of one). */
    public List<String> textList(String key, boolean required) {
        Object value = parsed.fields().get(key);
        if (value == null) {
            if (required) {
                problem(key, "content.problem.required", key);
            }
            return List.of();
        }
        List<?> raw = value instanceof List<?> l ? l : List.of(value);
        List<String> result = new ArrayList<>();
        for (Object item : raw) {
            if (item == null || item instanceof Map<?, ?> || item instanceof List<?>
                    || String.valueOf(item).isBlank()) {
                problem(key, "content.problem.bad-list-item", key);
                continue;
            }
            result.add(String.valueOf(item).strip());
        }
        if (required && result.isEmpty()) {
            problem(key, "content.problem.required", key);
        }
        return result;
    }
}
