package org.kefuacademy.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.SourceFile;

/** Observation checklists: read right, every mistake named with its line; the shipped ones complete. */
class ChecklistParserTest {
    static final String GOOD = """
            ---
            id: drill-t
            kind: observation
            category: drill
            title: 测试评分表
            week: 4
            ---

            说明。

            ## 迎候
            - 起立微笑，先开口问候 | 3 | etiquette, service-attitude
            - 报出单位和姓名 | 2 | etiquette

            ## 登记
            - 电话确认业主后再放行 | 3 | processes, compliance
            - 登记来访事由和时间 | 2 | processes
            - 礼貌道别 | 1 | etiquette
            """;

    private static ChecklistParser.Outcome parse(String text) {
        return new ChecklistParser().parse(new SourceFile("observations/drill-t.md", "drill-t", text));
    }

    private static int lineOf(String text, String fragment) {
        return text.substring(0, text.indexOf(fragment)).split("\n", -1).length;
    }

    @Test
    void sections_and_items_are_read_with_their_maxima_and_competences() {
        Checklist c = parse(GOOD).checklist();
        assertThat(c.category()).isEqualTo(Checklist.Category.DRILL);
        assertThat(c.sections()).extracting(Checklist.Section::title).containsExactly("迎候", "登记");
        assertThat(c.items()).extracting(Checklist.Item::no, Checklist.Item::max).containsExactly(
                tuple(1, 3), tuple(2, 2), tuple(3, 3), tuple(4, 2), tuple(5, 1));
        assertThat(c.items().get(2).competences()).containsExactly(Competence.PROCESSES, Competence.COMPLIANCE);
        assertThat(c.maxPoints()).isEqualTo(11);
        assertThat(c.introduction()).isEqualTo("说明。");
    }

    @Test
    void each_mistake_is_named_at_its_line() {
        String bad = GOOD.replace("| 2 | etiquette\n", "| 20 | etiquette\n").replace("| 3 | processes, compliance", "| 3 | process")
                .replace("- 礼貌道别 | 1 | etiquette", "- 礼貌道别 1 etiquette").replace("category: drill", "category: exam");
        ChecklistParser.Outcome o = parse(bad);
        assertThat(o.checklist()).isNull();
        assertThat(o.problems()).extracting(ContentProblem::line, ContentProblem::messageKey).contains(
                tuple(lineOf(bad, "| 20 |"), "observation.problem.bad-points"),
                tuple(lineOf(bad, "| 3 | process"), "content.problem.unknown-competence"),
                tuple(lineOf(bad, "礼貌道别 1"), "observation.problem.bad-item"),
                tuple(lineOf(bad, "category: exam"), "observation.problem.bad-category"));
    }

    @Test
    void a_checklist_needs_enough_items() {
        String shortOne = GOOD.substring(0, GOOD.indexOf("## 登记"));
        assertThat(parse(shortOne).problems()).extracting(ContentProblem::messageKey).containsExactly("observation.problem.too-few");
    }

    @Test
    void the_shipped_checklists_are_valid_and_cover_the_drills_the_interview_and_attitude() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("content/observations"))) {
            files = list.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("mock-reception.md", "mock-complaint.md", "mock-phone.md", "interview.md", "attitude.md");
        for (Path p : files) {
            String name = p.getFileName().toString().replace(".md", "");
            ChecklistParser.Outcome o = new ChecklistParser().parse(new SourceFile("observations/" + p.getFileName(), name,
                    Files.readString(p)));
            assertThat(o.problems()).as(p.toString()).isEmpty();
            assertThat(o.checklist().items().size()).as(p.toString()).isBetween(8, 14);
        }
    }
}
