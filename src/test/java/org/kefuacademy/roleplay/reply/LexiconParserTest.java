package org.kefuacademy.roleplay.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.SourceFile;

/** Lexicon files: groups read right; every mistake named with its line. */
class LexiconParserTest {
    static final String TABOO = """
            ---
            id: lexicon-taboo
            kind: lexicon
            category: taboo
            title: 服务忌语
            ---

            ## shirking
            label: 推诿责任
            reason: 把事情推给别人。
            competence: service-attitude
            points: -2
            mood: -10
            - 这不归我们管
            - 你去找*问
            - re:不(关|归)我(的)?事
            """;

    static LexiconParser.Outcome parse(String text) {
        return new LexiconParser().parse(new SourceFile("lexicon/taboo.md", "taboo", text));
    }

    @Test
    void a_group_is_read_with_its_reason_worth_and_phrases() {
        Lexicon lexicon = parse(TABOO).lexicon();
        assertThat(lexicon.category()).isEqualTo(Lexicon.Category.TABOO);
        LexiconGroup group = lexicon.groups().getFirst();
        assertThat(group).extracting(LexiconGroup::id, LexiconGroup::label, LexiconGroup::competence, LexiconGroup::points,
                LexiconGroup::mood).containsExactly("shirking", "推诿责任", Competence.SERVICE_ATTITUDE, -2, -10);
        assertThat(group.phrases()).extracting(Phrase::source).containsExactly("这不归我们管", "你去找*问", "re:不(关|归)我(的)?事");
    }

    private static void assertProblem(String text, String fragment, String key) {
        LexiconParser.Outcome outcome = parse(text);
        assertThat(outcome.lexicon()).isNull();
        int line = List.of(text.split("\n", -1)).indexOf(text.lines().filter(l -> l.contains(fragment)).findFirst().orElseThrow()) + 1;
        assertThat(outcome.problems()).extracting(ContentProblem::line, ContentProblem::messageKey).contains(tuple(line, key));
    }

    @Test
    void each_mistake_is_named_at_its_line() {
        assertProblem(TABOO.replace("re:不(关|归)我(的)?事", "re:不(关|归我"), "re:不(关", "lexicon.problem.bad-regex");
        assertProblem(TABOO.replace("points: -2", "points: 2"), "points: 2", "lexicon.problem.bad-number");
        assertProblem(TABOO.replace("competence: service-attitude", "competence: attitude"), "competence: attitude",
                "content.problem.unknown-competence");
        assertProblem(TABOO.replace("reason: 把事情推给别人。\n", ""), "## shirking", "lexicon.problem.missing");
        assertProblem(TABOO.replace("- 这不归我们管", "- ！！"), "- ！！", "lexicon.problem.empty-phrase");
        assertProblem(TABOO.replace("label: 推诿责任", "lable: 推诿责任"), "lable:", "lexicon.problem.unknown-attribute");
        assertProblem(TABOO.replace("category: taboo", "category: rude"), "category: rude", "lexicon.problem.bad-category");
        assertProblem(TABOO.replace("category: taboo", "category: steps").replace("## shirking", "## greeting"),
                "points: -2", "lexicon.problem.not-for-steps");
    }

    @Test
    void the_steps_lexicon_needs_a_group_for_every_service_step() {
        String steps = TABOO.replace("category: taboo", "category: steps").replace("## shirking", "## greeting")
                .replace("competence: service-attitude\npoints: -2\nmood: -10\n", "");
        LexiconParser.Outcome outcome = parse(steps);
        assertThat(outcome.problems()).extracting(ContentProblem::messageKey, ContentProblem::arguments)
                .contains(tuple("lexicon.problem.step-missing", List.of("apology")));
        assertThat(outcome.problems()).hasSize(ServiceStep.values().length - 1);
    }
}
