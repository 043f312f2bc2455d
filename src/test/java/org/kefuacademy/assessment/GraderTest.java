package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kefuacademy.platform.Competence;

class GraderTest {

    private static Question question(QuestionType type, int points, List<Question.Option> options, Boolean truth,
                                     List<String> accepted, List<String> steps, List<Question.Pair> pairs) {
        return new Question("t-001", type, List.of(Competence.PROCESSES), 1, points, "", "题干", options, truth, accepted,
                steps, pairs, List.of(), "解析", 1);
    }

    private static final Question SINGLE = question(QuestionType.SINGLE, 2, List.of(new Question.Option("80%", false),
            new Question.Option("90%", true), new Question.Option("100%", false)), null, List.of(), List.of(), List.of());
    private static final Question MULTIPLE = question(QuestionType.MULTIPLE, 3, List.of(new Question.Option("a", true),
            new Question.Option("b", true), new Question.Option("c", true), new Question.Option("d", false),
            new Question.Option("e", false)), null, List.of(), List.of(), List.of());

    @Test
    void single_choice_is_all_or_nothing() {
        assertThat(Grader.grade(SINGLE, new Response.Choice(Set.of(1)))).isEqualTo(new Grade(2, 2, Grade.Result.CORRECT));
        assertThat(Grader.grade(SINGLE, new Response.Choice(Set.of(0))).earned()).isZero();
        assertThat(Grader.grade(SINGLE, new Response.Choice(Set.of(0, 1))).earned()).as("two ticks").isZero();
        assertThat(Grader.grade(SINGLE, new Response.Choice(Set.of(7))).earned()).as("no such option").isZero();
        assertThat(Grader.grade(SINGLE, new Response.Choice(Set.of())).result()).isEqualTo(Grade.Result.UNANSWERED);
        assertThat(Grader.grade(SINGLE, null).result()).isEqualTo(Grade.Result.UNANSWERED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"'0,1,2', 3.0", "'0,1', 2.0", "'0', 1.0", "'0,1,3', 1.0", "'0,3,4', 0.0", "'0,1,2,3,4', 1.0", "'3', 0.0"})
    void multiple_choice_gives_partial_credit_and_punishes_wrong_ticks(String chosen, double expected) {
        Set<Integer> ticks = java.util.Arrays.stream(chosen.split(",")).map(Integer::valueOf).collect(java.util.stream.Collectors.toSet());
        assertThat(Grader.grade(MULTIPLE, new Response.Choice(ticks)).earned()).isEqualTo(expected);
    }

    @Test
    void true_false() {
        Question q = question(QuestionType.TRUEFALSE, 1, List.of(), Boolean.FALSE, List.of(), List.of(), List.of());
        assertThat(Grader.grade(q, new Response.Truth(false)).result()).isEqualTo(Grade.Result.CORRECT);
        assertThat(Grader.grade(q, new Response.Truth(true)).result()).isEqualTo(Grade.Result.WRONG);
    }

    @ParameterizedTest
    @CsvSource({"24小时", "２４小时", "24 小时", "二十四小时", "24小时。", "「24小时」"})
    void fill_in_accepts_full_width_spaces_punctuation_and_listed_variants(String typed) {
        Question q = question(QuestionType.FILL, 2, List.of(), null, List.of("24小时", "二十四小时"), List.of(), List.of());
        assertThat(Grader.grade(q, new Response.Text(typed)).result()).isEqualTo(Grade.Result.CORRECT);
    }

    @Test
    void fill_in_refuses_a_different_answer() {
        Question q = question(QuestionType.FILL, 2, List.of(), null, List.of("首问责任制"), List.of(), List.of());
        assertThat(Grader.grade(q, new Response.Text("首问负责制")).result()).isEqualTo(Grade.Result.WRONG);
        assertThat(Grader.grade(q, new Response.Text("  ")).result()).isEqualTo(Grade.Result.UNANSWERED);
    }

    @Test
    void ordering_scores_steps_in_their_place() {
        Question q = question(QuestionType.ORDERING, 4, List.of(), null, List.of(), List.of("受理", "登记", "派单", "回访"), List.of());
        assertThat(Grader.grade(q, new Response.Order(List.of(0, 1, 2, 3))).earned()).isEqualTo(4.0);
        assertThat(Grader.grade(q, new Response.Order(List.of(0, 2, 1, 3))).earned()).isEqualTo(2.0);
        assertThat(Grader.grade(q, new Response.Order(List.of(3, 2, 1, 0))).earned()).isZero();
    }

    @Test
    void matching_scores_correct_pairs() {
        Question q = question(QuestionType.MATCHING, 3, List.of(), null, List.of(), List.of(),
                List.of(new Question.Pair("客服主任", "重大投诉"), new Question.Pair("礼宾员", "访客登记"),
                        new Question.Pair("监控员", "消防主机")));
        assertThat(Grader.grade(q, new Response.Match(Map.of(0, 0, 1, 1, 2, 2))).earned()).isEqualTo(3.0);
        assertThat(Grader.grade(q, new Response.Match(Map.of(0, 0, 1, 2, 2, 1))).earned()).isEqualTo(1.0);
        assertThat(Grader.grade(q, new Response.Match(Map.of(0, 0))).result()).isEqualTo(Grade.Result.PARTIAL);
    }

    @Test
    void short_answers_wait_for_a_trainer() {
        Question q = question(QuestionType.SHORT, 8, List.of(), null, List.of(), List.of(), List.of());
        assertThat(Grader.grade(q, new Response.Text("先道歉，再记录……")).result()).isEqualTo(Grade.Result.PENDING);
        assertThat(Grader.grade(q, new Response.Text("")).result()).isEqualTo(Grade.Result.UNANSWERED);
    }

    @Test
    void answer_text_normalisation() {
        assertThat(AnswerText.normalise("ＡＢＣ　１２３，。！")).isEqualTo("abc123");
        assertThat(AnswerText.normalise("《民法典》")).isEqualTo("民法典");
        assertThat(AnswerText.normalise(null)).isEmpty();
    }
}
