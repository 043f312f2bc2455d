package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;

class MoodleXmlTest {
    private static final GiftFormat.Defaults DEFAULTS = RoundTrip.DEFAULTS;

    @Test
    void every_shipped_bank_survives_export_and_import_unchanged() {
        assertThat(RoundTrip.ofShippedBanks(MoodleXml::export, (text, path) -> MoodleXml.importText(text, path + ".xml", DEFAULTS))).isGreaterThanOrEqualTo(300);
    }

    @Test
    void moodle_questions_import_with_the_defaults_and_html_is_stripped() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category"><category><text>$course$/客服</text></category></question>
                  <question type="multichoice">
                    <name><text>Q 1</text></name>
                    <questiontext format="html"><text><![CDATA[<p>满意度目标是多少？</p>]]></text></questiontext>
                    <generalfeedback><text>不低于 90%。</text></generalfeedback>
                    <defaultgrade>2.0000000</defaultgrade>
                    <single>true</single>
                    <answer fraction="100"><text>不低于 90%</text></answer>
                    <answer fraction="0"><text>不低于 80%</text></answer>
                  </question>
                  <question type="truefalse">
                    <name><text>tf</text></name>
                    <questiontext><text>《物权法》仍然有效。</text></questiontext>
                    <answer fraction="0"><text>true</text></answer>
                    <answer fraction="100"><text>false</text></answer>
                  </question>
                </quiz>
                """;
        GiftFormat.Imported imported = MoodleXml.importText(xml, "moodle.xml", DEFAULTS);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.questions()).extracting(Question::type).containsExactly(QuestionType.SINGLE, QuestionType.TRUEFALSE);
        Question first = imported.questions().getFirst();
        assertThat(first.id()).isEqualTo("imp-001");
        assertThat(first.stem()).isEqualTo("满意度目标是多少？");
        assertThat(first.points()).isEqualTo(2);
        assertThat(first.competences()).containsExactly(Competence.PROCESSES);
        assertThat(imported.questions().get(1).truth()).isFalse();
    }

    @Test
    void malformed_xml_names_its_line_and_unknown_types_are_refused_whole() {
        GiftFormat.Imported broken = MoodleXml.importText("<quiz>\n<question type=\"truefalse\">\n</quiz>\n", "b.xml", DEFAULTS);
        assertThat(broken.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("xml.problem.syntax");
            assertThat(p.line()).isEqualTo(3);
        });
        String unknown = "<quiz>\n<question type=\"truefalse\"><questiontext><text>对吗</text></questiontext>"
                + "<answer fraction=\"100\"><text>true</text></answer></question>\n<question type=\"calculated\">\n</question>\n</quiz>";
        GiftFormat.Imported refused = MoodleXml.importText(unknown, "u.xml", DEFAULTS);
        assertThat(refused.questions()).isEmpty();
        assertThat(refused.problems()).extracting(ContentProblem::line, ContentProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "xml.problem.unsupported-type"));
    }

    @Test
    void external_entities_are_refused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<quiz>&x;</quiz>";
        GiftFormat.Imported result = MoodleXml.importText(xxe, "x.xml", DEFAULTS);
        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.messageKey()).isEqualTo("xml.problem.syntax"));
    }
}
