package org.kefuacademy.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.SourceFile;

/** The competence framework file: the shipped one is complete; mistakes are named with their lines. */
class FrameworkParserTest {
    private static String shipped() throws IOException {
        return Files.readString(Path.of("content/competences/framework.md"));
    }

    private static FrameworkParser.Outcome parse(String text) {
        return new FrameworkParser().parse(new SourceFile("competences/framework.md", "framework", text));
    }

    private static int lineOf(String text, String fragment) {
        return text.substring(0, text.indexOf(fragment)).split("\n", -1).length;
    }

    @Test
    void the_shipped_framework_describes_every_competence_and_states_its_rules() throws IOException {
        FrameworkParser.Outcome outcome = parse(shipped());
        assertThat(outcome.problems()).isEmpty();
        CompetenceFramework f = outcome.framework();
        assertThat(f.competences()).containsOnlyKeys(Competence.values());
        assertThat(f.rules()).isEqualTo(new ProfileRules(75, 60, 5, 14));
        assertThat(f.competences().get(Competence.COMPLAINTS).name()).isEqualTo("投诉处理");
        assertThat(f.competences().get(Competence.COMPLAINTS).demonstratedBy()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(f.introduction()).contains("14 天");
    }

    @Test
    void an_unknown_competence_a_missing_one_and_a_stray_line_are_named() throws IOException {
        String text = shipped().replace("## teamwork", "## team-work").replace("name: 礼仪与形象", "名称: 礼仪与形象");
        FrameworkParser.Outcome outcome = parse(text);
        assertThat(outcome.framework()).isNull();
        assertThat(outcome.problems()).extracting(ContentProblem::line, ContentProblem::messageKey).contains(
                tuple(lineOf(text, "## team-work"), "content.problem.unknown-competence"),
                tuple(0, "competence.problem.missing"),
                tuple(lineOf(text, "名称: 礼仪与形象"), "competence.problem.unexpected-line"));
    }

    @Test
    void rules_out_of_order_are_refused() throws IOException {
        FrameworkParser.Outcome outcome = parse(shipped().replace("developing-percent: 60", "developing-percent: 90"));
        assertThat(outcome.problems()).extracting(ContentProblem::messageKey).containsExactly("competence.problem.developing-above-demonstrated");
    }
}
