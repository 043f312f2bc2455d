package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;

class GiftFormatTest {
    private static final GiftFormat.Defaults DEFAULTS = RoundTrip.DEFAULTS;

    @Test
    void every_shipped_bank_survives_export_and_import_unchanged() {
        assertThat(RoundTrip.ofShippedBanks(GiftFormat::export, (text, path) -> GiftFormat.importText(text, path + ".gift", DEFAULTS))).isGreaterThanOrEqualTo(300);
    }

    @Test
    void moodle_style_gift_imports_with_the_defaults() {
        String gift = """
                // A Moodle export
                $CATEGORY: 客服

                ::q1:: 业主满意度目标是多少？ {=不低于 90% ~不低于 80% ~100% ####满意度不低于 90%。}

                ::q2:: 哪些是紧急维修？ {~%50%水管爆裂 ~%50%户内停电 ~%-100%墙面掉漆}

                ::q3:: 《物权法》仍然有效。 {FALSE####已于 2021 年废止。}

                ::q4:: 一般报修应在 {=24小时 =二十四小时} 内响应。

                ::q5:: 配对： { =礼宾员 -> 访客登记 =监控员 -> 消防主机 }

                ::q6:: 说说怎样处理投诉。 {}

                ::q7:: 服务热线的号码是？ {=400-800-1234}
                """;
        GiftFormat.Imported imported = GiftFormat.importText(gift, "moodle.gift", DEFAULTS);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.questions()).extracting(Question::type).containsExactly(QuestionType.SINGLE, QuestionType.MULTIPLE,
                QuestionType.TRUEFALSE, QuestionType.FILL, QuestionType.MATCHING, QuestionType.SHORT, QuestionType.FILL);
        Question fill = imported.questions().get(3);
        assertThat(fill.stem()).isEqualTo("一般报修应在 ____ 内响应。");
        assertThat(fill.accepted()).containsExactly("24小时", "二十四小时");
        assertThat(imported.questions().get(1).options()).extracting(Question.Option::correct).containsExactly(true, true, false);
        assertThat(imported.questions().get(2).truth()).isFalse();
        assertThat(imported.questions().get(2).explanation()).isEqualTo("已于 2021 年废止。");
        assertThat(imported.questions().getFirst().competences()).containsExactly(Competence.PROCESSES);
        assertThat(imported.questions().get(6).stem()).isEqualTo("服务热线的号码是？ ____");
    }

    @Test
    void a_bad_question_is_named_by_line_and_nothing_is_imported() {
        String gift = """
                ::ok:: 好题 {=对 ~错}

                ::bad:: 没有答案块的题目

                // kefu: type=single; competences=flying; difficulty=1; points=2
                ::q3:: 第三题 {=甲 ~乙}
                """;
        GiftFormat.Imported imported = GiftFormat.importText(gift, "bad.gift", DEFAULTS);
        assertThat(imported.questions()).isEmpty();
        assertThat(imported.problems()).extracting(ContentProblem::line, ContentProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "gift.problem.no-answer-block"),
                        org.assertj.core.groups.Tuple.tuple(6, "gift.problem.unknown-competence"));
    }

    @Test
    void without_a_default_competence_foreign_questions_are_refused() {
        GiftFormat.Imported imported = GiftFormat.importText("题目 {=甲 ~乙}", "x.gift",
                new GiftFormat.Defaults("imp-", List.of(), 2, 1));
        assertThat(imported.problems()).extracting(ContentProblem::messageKey).containsExactly("gift.problem.no-competence");
    }

    @Test
    void special_characters_are_escaped_and_restored() {
        assertThat(GiftFormat.unescape(GiftFormat.escape("a=b ~c #d {e} f:g \\h"))).isEqualTo("a=b ~c #d {e} f:g \\h");
    }
}
