package org.kefuacademy.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.FieldReader;
import org.kefuacademy.platform.content.FrontMatter;
import org.kefuacademy.platform.content.SourceFile;

/** Reads an assessment definition file ({@code kind: assessment}); every problem names its line. */
public final class AssessmentDefinitionParser {
    static final Set<String> FIELDS = Set.of("id", "kind", "title", "week", "opens", "time-limit-minutes", "pass-mark",
            "attempts", "shuffle-questions", "shuffle-options", "review", "draw");

    public record Outcome(AssessmentDefinition definition, List<ContentProblem> problems) {
    }

    public Outcome parse(SourceFile file) {
        FrontMatter.Result split = FrontMatter.parse(file);
        if (!split.ok()) {
            return new Outcome(null, split.problems());
        }
        FieldReader f = new FieldReader(file, split.parsed());
        for (String key : split.parsed().fields().keySet()) {
            if (!FIELDS.contains(key)) {
                f.problem(key, "content.problem.unknown-field", key, String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        String id = f.requiredText("id", 100);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{1,99}")) {
            f.problem("id", "content.problem.bad-id", id);
        }
        f.optionalText("kind", 20).filter(k -> !k.equals("assessment"))
                .ifPresent(k -> f.problem("kind", "quiz.problem.bad-kind", k, "assessment"));
        String title = f.requiredText("title", 200);
        Integer week = f.integer("week", 1, 4, false).orElse(null);
        AssessmentDefinition.Opens opens = opens(f, week);
        int minutes = f.integer("time-limit-minutes", 1, 300, true).orElse(0);
        int passMark = f.integer("pass-mark", 1, 100, true).orElse(0);
        int attempts = f.integer("attempts", 1, 10, true).orElse(0);
        boolean shuffleQuestions = f.bool("shuffle-questions", true);
        boolean shuffleOptions = f.bool("shuffle-options", true);
        AssessmentDefinition.Review review = review(f);
        List<AssessmentDefinition.Draw> draws = draws(f);
        List<ContentProblem> problems = new ArrayList<>(f.problems());
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(new AssessmentDefinition(id, title, week, opens, minutes, passMark, attempts, shuffleQuestions,
                shuffleOptions, review, draws, split.parsed().body().strip(), file.path()), List.of());
    }

    private static AssessmentDefinition.Opens opens(FieldReader f, Integer week) {
        String value = f.optionalText("opens", 20).orElse(week == null ? "final-day" : "week-end");
        for (AssessmentDefinition.Opens o : AssessmentDefinition.Opens.values()) {
            if (o.id().equals(value)) {
                if (o == AssessmentDefinition.Opens.WEEK_END && week == null) {
                    f.problem("opens", "quiz.problem.week-end-needs-week");
                }
                return o;
            }
        }
        f.problem("opens", "quiz.problem.bad-opens", value);
        return null;
    }

    private static AssessmentDefinition.Review review(FieldReader f) {
        String value = f.optionalText("review", 20).orElse("full");
        for (AssessmentDefinition.Review r : AssessmentDefinition.Review.values()) {
            if (r.id().equals(value)) {
                return r;
            }
        }
        f.problem("review", "quiz.problem.bad-review", value);
        return AssessmentDefinition.Review.FULL;
    }

    private static List<AssessmentDefinition.Draw> draws(FieldReader f) {
        Object raw = f.raw("draw");
        List<AssessmentDefinition.Draw> draws = new ArrayList<>();
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            f.problem("draw", "content.problem.required", "draw");
            return draws;
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || !(map.get("bank") instanceof String bank)
                    || !(map.get("count") instanceof Integer count) || count < 1 || count > 100) {
                f.problem("draw", "quiz.problem.bad-draw", String.valueOf(item));
                continue;
            }
            Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
            Object rawTypes = map.get("types");
            if (rawTypes instanceof List<?> typeList) {
                for (Object t : typeList) {
                    QuestionType.byId(String.valueOf(t)).ifPresentOrElse(types::add,
                            () -> f.problem("draw", "quiz.problem.bad-type", String.valueOf(t)));
                }
            } else if (rawTypes != null) {
                f.problem("draw", "quiz.problem.bad-draw", String.valueOf(item));
            }
            Object topic = map.get("topic");
            if (topic != null && (!(topic instanceof String t) || t.isBlank())) {
                f.problem("draw", "quiz.problem.bad-draw", String.valueOf(item));
                continue;
            }
            draws.add(new AssessmentDefinition.Draw(bank, count, types, topic == null ? null : ((String) topic).strip()));
        }
        return draws;
    }
}
