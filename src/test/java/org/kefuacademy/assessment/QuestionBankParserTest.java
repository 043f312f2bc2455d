package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.SourceFile;

/** Bank files: every type read right; every mistake named with its line; a bad bank never half-loads. */
class QuestionBankParserTest {
    private static final String HEAD = "---\nid: bank-t\nkind: question-bank\ntitle: 测试题库\nmodule: w1d1-x\nweek: 1\n---\n\n";
    private final QuestionBankParser parser = new QuestionBankParser();

    private QuestionBankParser.Outcome parse(String body) {
        return parser.parse(new SourceFile("quizzes/bank-t.md", "bank-t", HEAD + body));
    }

    private static final String ALL_TYPES = """
            ## Q t-001
            type: single
            competences: [service-attitude]
            difficulty: 1
            points: 2
            topic: 质量目标

            满意度目标是多少？

            - [ ] 80%
            - [x] 90%

            > 解析：不低于 90%。

            ## Q t-002
            type: multiple
            competences: [processes, complaints]
            difficulty: 2
            points: 3

            哪些属于紧急维修？

            - [x] 水管爆裂
            - [x] 户内停电
            - [ ] 墙面掉漆

            > 解析：前两项。
            > 第二行解析。

            ## Q t-003
            type: truefalse
            competences: [property-law]
            difficulty: 1
            points: 1

            《物权法》仍然有效。

            answer: 错

            > 解析：已废止。

            ## Q t-004
            type: fill
            competences: [processes]
            difficulty: 1
            points: 2

            一般报修应在 ____ 内响应。

            answer: 24小时 | 二十四小时

            > 解析：24 小时。

            ## Q t-005
            type: ordering
            competences: [complaints]
            difficulty: 2
            points: 3

            排序：

            1. 受理
            2. 记录
            3. 回访

            > 解析：先受理。

            ## Q t-006
            type: matching
            competences: [teamwork]
            difficulty: 2
            points: 2

            配对：

            - 礼宾员 => 访客登记
            - 监控员 => 消防主机

            > 解析：各司其职。

            ## Q t-007
            type: short
            competences: [complaints]
            difficulty: 3
            points: 5

            如何处理？

            rubric:
            - 先道歉 (2分)
            - 记录并承诺时限 (3分)

            > 解析：参考答案……
            """;

    @Test
    void every_question_type_is_read() {
        QuestionBankParser.Outcome outcome = parse(ALL_TYPES);
        assertThat(outcome.problems()).isEmpty();
        List<Question> q = outcome.bank().questions();
        assertThat(q).extracting(Question::type).containsExactly(QuestionType.values());
        assertThat(q.get(0).options()).extracting(Question.Option::correct).containsExactly(false, true);
        assertThat(q.get(0).topic()).isEqualTo("质量目标");
        assertThat(q.get(0).line()).isEqualTo(9);
        assertThat(q.get(1).competences()).containsExactly(Competence.PROCESSES, Competence.COMPLAINTS);
        assertThat(q.get(1).explanation()).isEqualTo("前两项。\n第二行解析。");
        assertThat(q.get(2).truth()).isFalse();
        assertThat(q.get(3).accepted()).containsExactly("24小时", "二十四小时");
        assertThat(q.get(4).steps()).containsExactly("受理", "记录", "回访");
        assertThat(q.get(5).pairs()).extracting(Question.Pair::right).containsExactly("访客登记", "消防主机");
        assertThat(q.get(6).rubric()).extracting(Question.RubricItem::points).containsExactly(2, 3);
        assertThat(outcome.bank().id()).isEqualTo("bank-t");
        assertThat(outcome.bank().week()).isEqualTo(1);
    }

    private List<org.assertj.core.groups.Tuple> problems(String body) {
        QuestionBankParser.Outcome outcome = parse(body);
        assertThat(outcome.bank()).as("a bad bank is rejected whole").isNull();
        return outcome.problems().stream().map(p -> tuple(p.line(), p.messageKey())).toList();
    }

    @Test
    void a_single_choice_with_two_right_options_is_named_on_its_first_option_line() {
        String body = ALL_TYPES.replace("- [ ] 80%", "- [x] 80%");
        assertThat(problems(body)).containsExactly(tuple(18, "quiz.problem.single-needs-one"));
    }

    @Test
    void unknown_type_and_competence_and_out_of_range_points() {
        String body = ALL_TYPES.replace("type: truefalse", "type: essay").replace("competences: [teamwork]", "competences: [cooking]")
                .replace("points: 5", "points: 50");
        assertThat(problems(body)).contains(tuple(39, "quiz.problem.bad-type"), tuple(78, "content.problem.unknown-competence"));
        assertThat(parse(body).problems()).anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("content.problem.out-of-range"));
    }

    @Test
    void rubric_points_must_add_up() {
        assertThat(problems(ALL_TYPES.replace("(3分)", "(2分)"))).containsExactly(tuple(97, "quiz.problem.rubric-sum"));
    }

    @Test
    void a_missing_explanation_and_duplicate_ids() {
        String body = ALL_TYPES.replace("> 解析：已废止。", "").replace("## Q t-002", "## Q t-001");
        assertThat(problems(body)).contains(tuple(38, "quiz.problem.no-explanation"), tuple(23, "quiz.problem.duplicate-id"));
    }

    @Test
    void fill_in_without_a_blank_and_true_false_with_a_bad_answer() {
        String body = ALL_TYPES.replace("一般报修应在 ____ 内响应。", "一般报修应在一天内响应。").replace("answer: 错", "answer: 也许");
        assertThat(problems(body)).contains(tuple(46, "quiz.problem.bad-truth"), tuple(58, "quiz.problem.no-blank"));
    }

    @Test
    void text_before_the_first_question_and_stray_headings() {
        assertThat(problems("随便写的一段话\n\n" + ALL_TYPES)).contains(tuple(9, "quiz.problem.text-before-question"));
        assertThat(problems(ALL_TYPES.replace("排序：", "### 小标题"))).contains(tuple(68, "quiz.problem.stray-heading"));
    }

    @Test
    void misnumbered_steps_and_duplicate_pairs() {
        String body = ALL_TYPES.replace("3. 回访", "4. 回访").replace("- 监控员 => 消防主机", "- 监控员 => 访客登记");
        assertThat(problems(body)).contains(tuple(72, "quiz.problem.step-number"), tuple(84, "quiz.problem.duplicate-pair"));
    }

    @Test
    void an_empty_bank_is_refused() {
        assertThat(problems("")).containsExactly(tuple(8, "quiz.problem.no-questions"));
    }

    @Test
    void problems_name_the_file() {
        assertThat(parse("garbage").problems()).extracting(ContentProblem::file).containsOnly("quizzes/bank-t.md");
    }
}
