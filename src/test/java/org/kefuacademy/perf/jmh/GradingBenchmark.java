package org.kefuacademy.perf.jmh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kefuacademy.assessment.Grade;
import org.kefuacademy.assessment.Grader;
import org.kefuacademy.assessment.Question;
import org.kefuacademy.assessment.QuestionBank;
import org.kefuacademy.assessment.QuestionBankParser;
import org.kefuacademy.assessment.QuestionType;
import org.kefuacademy.assessment.Response;
import org.kefuacademy.assessment.ResponseCodec;
import org.kefuacademy.platform.content.ContentFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Grading a submitted weekly assessment: the 20 stored answers of a sheet drawn like
 * {@code assessment-week2} (5 questions from each week-2 bank, all six automatically graded types),
 * decoded from their column and graded, as {@code AttemptFinisher.finish} does per answer without the
 * database. Three answers in four are right; the others are partly or wholly wrong, and the fill-in
 * answers are typed with full-width digits and punctuation so that normalisation does real work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GradingBenchmark {
    private static final List<QuestionType> TYPES = List.of(QuestionType.SINGLE, QuestionType.MULTIPLE,
            QuestionType.TRUEFALSE, QuestionType.FILL, QuestionType.ORDERING, QuestionType.MATCHING);

    private List<Question> questions;
    private List<String> stored;

    @Setup
    public void drawSheet() {
        ContentFiles files = ShippedContent.files();
        QuestionBankParser parser = new QuestionBankParser();
        questions = new ArrayList<>();
        List<String> banks = List.of("w2d1", "w2d2", "w2d3", "w2d4");
        for (int i = 0; i < banks.size(); i++) {
            QuestionBank b = parser.parse(ShippedContent.file(files, "quizzes", banks.get(i))).bank();
            questions.addAll(fiveOfMixedTypes(b.questions(), 5 * i));
        }
        stored = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            stored.add(ResponseCodec.encode(answer(questions.get(i), i % 4 != 3)));
        }
        if (questions.size() != 20 || questions.stream().map(Question::type).distinct().count() != TYPES.size()) {
            throw new IllegalStateException("expected a 20-question sheet of all six types, drew " + questions.size());
        }
        // The sheet must grade as intended, or the figure would time the wrong branches.
        for (int i = 0; i < questions.size(); i++) {
            Grade.Result result = Grader.grade(questions.get(i), ResponseCodec.decode(stored.get(i))).result();
            if ((i % 4 != 3) != (result == Grade.Result.CORRECT)) {
                throw new IllegalStateException("answer " + i + " (" + questions.get(i).id() + ") graded " + result);
            }
        }
    }

    /**
     * Cycles through the types, starting where the previous bank stopped, so that each bank gives five
     * questions of different kinds where it has them and the sheet holds every type.
     */
    private static List<Question> fiveOfMixedTypes(List<Question> bank, int firstType) {
        List<Question> picked = new ArrayList<>();
        for (int round = 0; picked.size() < 5 && round < bank.size(); round++) {
            for (int t = 0; t < TYPES.size(); t++) {
                QuestionType type = TYPES.get((firstType + t) % TYPES.size());
                bank.stream().filter(q -> q.type() == type && !picked.contains(q)).findFirst()
                        .filter(q -> picked.size() < 5).ifPresent(picked::add);
            }
        }
        return picked;
    }

    /** The right answer, or a plausible mistake of the same shape. */
    private static Response answer(Question q, boolean right) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                Set<Integer> correct = IntStream.range(0, q.options().size()).filter(i -> q.options().get(i).correct())
                        .boxed().collect(Collectors.toSet());
                if (!right) {
                    correct = Set.of(correct.iterator().next(), IntStream.range(0, q.options().size())
                            .filter(i -> !q.options().get(i).correct()).findFirst().orElse(0));
                }
                yield new Response.Choice(correct);
            }
            case TRUEFALSE -> new Response.Truth(right == q.truth());
            case FILL -> new Response.Text(right ? " " + toFullWidth(q.accepted().getFirst()) + "。" : "不知道");
            case ORDERING -> {
                List<Integer> order = new ArrayList<>(IntStream.range(0, q.steps().size()).boxed().toList());
                if (!right) {
                    order.set(0, 1);
                    order.set(1, 0);
                }
                yield new Response.Order(order);
            }
            case MATCHING -> {
                Map<Integer, Integer> pairs = new HashMap<>();
                IntStream.range(0, q.pairs().size()).forEach(i -> pairs.put(i, i));
                if (!right) {
                    pairs.put(0, 1);
                    pairs.put(1, 0);
                }
                yield new Response.Match(pairs);
            }
            case SHORT -> new Response.Text(q.explanation());
        };
    }

    private static String toFullWidth(String text) {
        StringBuilder sb = new StringBuilder();
        text.chars().forEach(c -> sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
        return sb.toString();
    }

    /** Decodes and grades the 20 stored answers; returns the total so that nothing is optimised away. */
    @Benchmark
    public double gradeTwentyQuestionSheet() {
        double total = 0;
        for (int i = 0; i < questions.size(); i++) {
            Grade grade = Grader.grade(questions.get(i), ResponseCodec.decode(stored.get(i)));
            total += grade.earned();
        }
        return total;
    }
}
