package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.SourceFile;

class AssessmentDefinitionParserTest {
    private static final String GOOD = """
            ---
            id: assessment-week1
            kind: assessment
            title: 第一周测评
            week: 1
            opens: week-end
            time-limit-minutes: 30
            pass-mark: 80
            attempts: 2
            shuffle-questions: true
            shuffle-options: false
            draw:
              - bank: bank-w1d1
                count: 5
                types: [single, fill]
              - bank: bank-w1d2
                count: 3
            ---
            本次测评说明。
            """;

    private AssessmentDefinitionParser.Outcome parse(String text) {
        return new AssessmentDefinitionParser().parse(new SourceFile("quizzes/assessment-week1.md", "assessment-week1", text));
    }

    @Test
    void a_good_definition() {
        AssessmentDefinition def = parse(GOOD).definition();
        assertThat(def.opens()).isEqualTo(AssessmentDefinition.Opens.WEEK_END);
        assertThat(def.timeLimitMinutes()).isEqualTo(30);
        assertThat(def.shuffleOptions()).isFalse();
        assertThat(def.draws()).hasSize(2);
        assertThat(def.draws().getFirst().types()).containsExactlyInAnyOrder(QuestionType.SINGLE, QuestionType.FILL);
        assertThat(def.draws().get(1).types()).isEmpty();
        assertThat(def.questionCount()).isEqualTo(8);
        assertThat(def.description()).isEqualTo("本次测评说明。");
        assertThat(def.review()).as("default").isEqualTo(AssessmentDefinition.Review.FULL);
        assertThat(parse(GOOD.replace("attempts: 2", "attempts: 2\nreview: score")).definition().review())
                .isEqualTo(AssessmentDefinition.Review.SCORE);
        assertThat(parse(GOOD.replace("attempts: 2", "attempts: 2\nreview: never")).problems())
                .extracting(ContentProblem::messageKey).containsExactly("quiz.problem.bad-review");
    }

    @Test
    void bad_values_are_named_with_their_lines() {
        String bad = GOOD.replace("pass-mark: 80", "pass-mark: 180").replace("opens: week-end", "opens: monday")
                .replace("shuffle-options: false", "shuffle-options: maybe").replace("types: [single, fill]", "types: [single, essay]");
        assertThat(parse(bad).definition()).isNull();
        assertThat(parse(bad).problems()).extracting(ContentProblem::line, ContentProblem::messageKey).containsExactlyInAnyOrder(
                tuple(8, "content.problem.out-of-range"), tuple(6, "quiz.problem.bad-opens"),
                tuple(11, "content.problem.not-boolean"), tuple(12, "quiz.problem.bad-type"));
    }

    @Test
    void a_draw_without_a_count_and_a_missing_draw() {
        assertThat(parse(GOOD.replace("    count: 3\n", "")).problems()).extracting(ContentProblem::messageKey)
                .containsExactly("quiz.problem.bad-draw");
        String noDraw = GOOD.substring(0, GOOD.indexOf("draw:")) + "---\n说明\n";
        assertThat(parse(noDraw).problems()).extracting(ContentProblem::messageKey).containsExactly("content.problem.required");
    }

    @Test
    void a_draw_can_ask_for_one_topic_of_a_bank() {
        AssessmentDefinition def = parse(GOOD.replace("    count: 3\n", "    count: 3\n    topic: 电梯困人\n")).definition();
        AssessmentDefinition.Draw draw = def.draws().get(1);
        assertThat(draw.topic()).isEqualTo("电梯困人");
        Question lift = question("电梯困人");
        Question fire = question("火灾处置");
        assertThat(draw.accepts(lift)).isTrue();
        assertThat(draw.accepts(fire)).isFalse();
        assertThat(def.draws().getFirst().accepts(fire)).as("no topic: any topic").isTrue();
        assertThat(parse(GOOD.replace("    count: 3\n", "    count: 3\n    topic: [a, b]\n")).problems())
                .extracting(ContentProblem::messageKey).containsExactly("quiz.problem.bad-draw");
    }

    private static Question question(String topic) {
        return new QuestionBankParser().parse(new SourceFile("quizzes/t.md", "t", """
                ---
                id: bank-t
                kind: question-bank
                title: 测试
                week: 3
                ---

                ## Q t-001
                type: single
                competences: [emergency]
                difficulty: 1
                points: 2
                topic: %s

                题干？

                - [x] 对
                - [ ] 错

                > 解析：因为。
                """.formatted(topic))).bank().questions().getFirst();
    }
}
