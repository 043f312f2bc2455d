package org.kefuacademy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.SourceFile;

/** Survey templates: the format of content/surveys/README.md, and bad files reported with file and line. */
class SurveyTemplateParserTest {

    private static SurveyTemplateParser.Outcome parse(String name, String text) {
        return new SurveyTemplateParser().parse(new SourceFile("surveys/" + name + ".md", name, text));
    }

    @Test
    void reads_scale_and_open_questions_with_their_markers_and_default_anchors() {
        var o = parse("weekly-test", """
                ---
                id: weekly-test
                kind: weekly
                title: 测试问卷
                ---

                一段说明。

                - [量表] 内容贴合岗位
                - [量表 选答] 师傅带教
                - [开放 必答] 最大的收获
                - [open] Anything else?
                """);
        assertThat(o.problems()).isEmpty();
        SurveyTemplate t = o.template();
        assertThat(t.kind()).isEqualTo(SurveyTemplate.Kind.WEEKLY);
        assertThat(t.introduction()).isEqualTo("一段说明。");
        assertThat(t.scaleLabels()).isEqualTo(SurveyTemplate.DEFAULT_SCALE);
        assertThat(t.anchor(5)).isEqualTo("5 非常满意");
        assertThat(t.questions()).containsExactly(
                new SurveyTemplate.Question(1, SurveyTemplate.QuestionKind.SCALE, "内容贴合岗位", true),
                new SurveyTemplate.Question(2, SurveyTemplate.QuestionKind.SCALE, "师傅带教", false),
                new SurveyTemplate.Question(3, SurveyTemplate.QuestionKind.OPEN, "最大的收获", true),
                new SurveyTemplate.Question(4, SurveyTemplate.QuestionKind.OPEN, "Anything else?", false));
    }

    @Test
    void an_unknown_question_kind_is_reported_on_its_line_and_rejects_the_file() {
        var o = parse("bad-kind", """
                ---
                id: bad-kind
                kind: weekly
                title: 测试
                ---
                - [量表] 第一题
                - [单选] 第二题
                - 第三题没有标记
                """);
        assertThat(o.template()).isNull();
        assertThat(o.problems()).extracting(ContentProblem::location, ContentProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("surveys/bad-kind.md:7", "survey.problem.unknown-marker"),
                org.assertj.core.groups.Tuple.tuple("surveys/bad-kind.md:8", "survey.problem.bad-question"));
        assertThat(o.problems().getFirst().arguments()).containsExactly("单选");
    }

    @Test
    void a_missing_title_and_a_bad_kind_are_named_with_their_lines() {
        var o = parse("no-title", """
                ---
                id: no-title
                kind: monthly
                ---
                - [量表] 第一题
                """);
        assertThat(o.template()).isNull();
        assertThat(o.problems()).extracting(ContentProblem::messageKey)
                .containsExactlyInAnyOrder("survey.problem.bad-kind", "content.problem.required");
        assertThat(o.problems()).filteredOn(p -> p.messageKey().equals("survey.problem.bad-kind"))
                .extracting(ContentProblem::line).containsExactly(3);
        assertThat(o.problems()).filteredOn(p -> p.messageKey().equals("content.problem.required"))
                .extracting(ContentProblem::arguments).containsExactly(List.of("title"));
    }

    @Test
    void an_empty_template_is_rejected_at_its_body() {
        var o = parse("empty", """
                ---
                id: empty
                kind: final
                title: 空问卷
                ---

                只有说明，没有题目。
                """);
        assertThat(o.template()).isNull();
        assertThat(o.problems()).extracting(ContentProblem::location, ContentProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("surveys/empty.md:6", "survey.problem.no-questions"));
    }

    @Test
    void text_after_the_questions_a_wrong_scale_and_an_empty_question_are_each_reported() {
        var o = parse("mixed", """
                ---
                id: mixed
                kind: weekly
                title: 测试
                scale: [差, 好]
                ---
                - [量表] 第一题
                - [开放]
                这一行不该出现
                """);
        assertThat(o.template()).isNull();
        assertThat(o.problems()).extracting(ContentProblem::location, ContentProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("surveys/mixed.md:5", "survey.problem.scale-size"),
                org.assertj.core.groups.Tuple.tuple("surveys/mixed.md:8", "survey.problem.empty-question"),
                org.assertj.core.groups.Tuple.tuple("surveys/mixed.md:9", "survey.problem.text-after-questions"));
    }

    @Test
    void two_templates_of_one_kind_keep_the_first_and_reject_the_second() {
        var a = new SourceFile("surveys/a.md", "a", "---\nid: a\nkind: weekly\ntitle: A\n---\n- [量表] 题\n");
        var b = new SourceFile("surveys/b.md", "b", "---\nid: b\nkind: weekly\ntitle: B\n---\n- [量表] 题\n");
        var parsed = List.of(SurveyContentSync.parse(a).parsed(), SurveyContentSync.parse(b).parsed());
        var problems = new java.util.ArrayList<ContentProblem>();
        assertThat(SurveyContentSync.oneTemplatePerKind(parsed, problems)).extracting(p -> p.key()).containsExactly("a");
        assertThat(problems).extracting(ContentProblem::file, ContentProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("surveys/b.md", "survey.problem.duplicate-kind"));
    }

    @Test
    void the_shipped_templates_parse_with_eight_to_ten_questions() throws IOException {
        for (String name : List.of("weekly-feedback", "final-feedback")) {
            String text = Files.readString(Path.of("content/surveys/" + name + ".md"), StandardCharsets.UTF_8);
            var o = parse(name, text);
            assertThat(o.problems()).as(name).isEmpty();
            assertThat(o.template().questions()).hasSizeBetween(8, 10);
            assertThat(o.template().scaleQuestions()).isNotEmpty();
            assertThat(o.template().openQuestions()).isNotEmpty();
        }
    }
}
