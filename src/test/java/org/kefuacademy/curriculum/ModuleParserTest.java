package org.kefuacademy.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.SourceFile;

/** Bad module files are rejected whole, with the file, the line and the reason. */
class ModuleParserTest {
    private static final Set<String> EXISTING = Set.of("w1d4-core-processes.md", "images/flow.png");
    private final ModuleParser parser = new ModuleParser(new MarkdownRenderer());

    private static final String GOOD = """
            ---
            id: w1d2-role
            kind: module
            week: 1
            day: 2
            title: 客服岗位职责
            summary: 一句话。
            minutes: 360
            competences: [processes, compliance]
            objectives:
              - 能说出首问责任制的要求
            ---

            ## 学习目标

            见[核心业务流程](w1d4-core-processes.md)。
            """;

    private ModuleParser.Outcome parse(String name, String text) {
        return parser.parse(new SourceFile("modules/" + name + ".md", name, text), EXISTING::contains);
    }

    private static List<String> keys(ModuleParser.Outcome outcome) {
        return outcome.problems().stream().map(ContentProblem::messageKey).toList();
    }

    @Test
    void a_good_file_becomes_a_module() {
        ModuleParser.Outcome outcome = parse("w1d2-role", GOOD);
        assertThat(outcome.problems()).isEmpty();
        ModuleDefinition def = outcome.definition();
        assertThat(def.kind()).isEqualTo(PageKind.MODULE);
        assertThat(def.week()).isEqualTo(1);
        assertThat(def.day()).isEqualTo(2);
        assertThat(def.competences()).containsExactly(Competence.PROCESSES, Competence.COMPLIANCE);
        assertThat(def.objectives()).containsExactly("能说出首问责任制的要求");
        assertThat(def.body()).contains("## 学习目标");
    }

    @Test
    void no_front_matter() {
        ModuleParser.Outcome outcome = parse("w1d2-role", "## 只有正文\n");
        assertThat(outcome.definition()).isNull();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("content.problem.no-front-matter");
            assertThat(p.location()).isEqualTo("modules/w1d2-role.md:1");
        });
    }

    @Test
    void broken_yaml_names_its_line() {
        String text = GOOD.replace("minutes: 360", "minutes: [360");
        ModuleParser.Outcome outcome = parse("w1d2-role", text);
        assertThat(outcome.definition()).isNull();
        assertThat(keys(outcome)).containsExactly("content.problem.yaml");
        assertThat(outcome.problems().getFirst().line()).isBetween(9, 11);
    }

    @Test
    void unclosed_front_matter() {
        assertThat(keys(parse("w1d2-role", "---\nid: x\n## 正文"))).containsExactly("content.problem.front-matter-not-closed");
    }

    @Test
    void week_five_and_day_zero_are_out_of_range_on_their_lines() {
        ModuleParser.Outcome outcome = parse("w1d2-role", GOOD.replace("week: 1", "week: 5").replace("day: 2", "day: 0"));
        assertThat(outcome.problems()).extracting(ContentProblem::messageKey, ContentProblem::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("content.problem.out-of-range", 4),
                        org.assertj.core.groups.Tuple.tuple("content.problem.out-of-range", 5));
    }

    @Test
    void unknown_competence_is_named() {
        ModuleParser.Outcome outcome = parse("w1d2-role", GOOD.replace("compliance]", "flying]"));
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("content.problem.unknown-competence");
            assertThat(p.arguments()).containsExactly("flying");
            assertThat(p.line()).isEqualTo(9);
        });
    }

    @Test
    void missing_image_and_broken_link_name_their_lines() {
        String text = GOOD + "\n![流程图](images/missing.png)\n\n[不存在](w9d9-nothing.md)\n\n![有](images/flow.png)\n";
        ModuleParser.Outcome outcome = parse("w1d2-role", text);
        assertThat(outcome.problems()).extracting(ContentProblem::messageKey, ContentProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("content.problem.missing-image", 18),
                        org.assertj.core.groups.Tuple.tuple("content.problem.broken-link", 20));
    }

    @Test
    void a_script_link_is_refused_in_the_file() {
        ModuleParser.Outcome outcome = parse("w1d2-role", GOOD + "\n[点我](javascript:alert(1))\n");
        assertThat(keys(outcome)).containsExactly("content.problem.unsafe-link");
    }

    @Test
    void id_must_match_the_file_name_and_fields_must_be_known() {
        ModuleParser.Outcome outcome = parse("w1d2-other", GOOD.replace("minutes: 360", "minutes: 360\nauthor: 张三"));
        assertThat(keys(outcome)).containsExactlyInAnyOrder("content.problem.id-not-file-name", "content.problem.unknown-field");
    }

    @Test
    void required_fields_are_reported_together() {
        ModuleParser.Outcome outcome = parse("w1d2-role", "---\nid: w1d2-role\nkind: module\n---\n正文\n");
        assertThat(keys(outcome)).contains("content.problem.required").hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void reference_pages_have_no_day_and_need_no_objectives() {
        String ref = "---\nid: ref-phrases\nkind: reference\ntitle: 文明用语\nminutes: 30\ncompetences: [communication]\n---\n正文\n";
        assertThat(parse("ref-phrases", ref).definition()).isNotNull();
        assertThat(keys(parse("ref-phrases", ref.replace("minutes: 30", "minutes: 30\nweek: 2"))))
                .containsExactly("content.problem.reference-in-calendar");
    }

    @Test
    void bytes_that_are_not_utf8_are_reported_with_their_line() {
        ModuleParser.Outcome outcome = parse("w1d2-role", GOOD + "\n乱码\uFFFD\n");
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("content.problem.not-utf8");
            assertThat(p.line()).isEqualTo(18);
        });
    }

    @Test
    void an_empty_body_is_rejected() {
        assertThat(keys(parse("w1d2-role", GOOD.substring(0, GOOD.indexOf("## 学习目标")))))
                .containsExactly("content.problem.empty-body");
    }
}
