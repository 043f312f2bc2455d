package org.kefuacademy.roleplay.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.content.SourceFile;

/** Reply analysis on a small lexicon: normalisation, gaps, expressions, reasons. */
class ReplyAnalyzerTest {
    private static final String STEPS = """
            ---
            id: lexicon-steps
            kind: lexicon
            category: steps
            title: 服务步骤
            ---
            """ + group("greeting", "您好", "早上好") + group("self-intro", "我是客服*", "安居物业")
            + group("apology", "抱歉", "对不起", "sorry") + group("empathy", "理解您", "换了我也会着急")
            + group("restate", "您是说") + group("record", "我记一下", "房号")
            + group("promise-time", "re:[0-9一二三四五六七八九十两半]+(分钟|小时|天)(之)?内")
            + group("follow-up", "回访", "给您回电话") + group("closing", "感谢您的来电");
    private static final String POLITE = """
            ---
            id: lexicon-polite
            kind: lexicon
            category: polite
            title: 文明用语
            ---

            ## please
            label: 请求用语
            reason: 用“请”“麻烦您”让业主感到被尊重。
            competence: etiquette
            points: 1
            - 麻烦您
            - 请您
            """;

    private static String group(String id, String... phrases) {
        return "\n## " + id + "\nlabel: " + id + "\nreason: 因为" + id + "\n- " + String.join("\n- ", phrases) + "\n";
    }

    private static Lexicon lexicon(String name, String text) {
        return new LexiconParser().parse(new SourceFile("lexicon/" + name + ".md", name, text)).lexicon();
    }

    private final ReplyAnalyzer analyzer = new ReplyAnalyzer(lexicon("steps", STEPS), lexicon("polite", POLITE),
            lexicon("taboo", LexiconParserTest.TABOO));

    @Test
    void a_good_reply_shows_the_expected_steps_and_its_polite_phrases() {
        ReplyAnalysis a = analyzer.analyse("刘女士您好！实在抱歉，换了我也会着急。麻烦您说一下房号，我二十分钟内给您回电话。",
                EnumSet.of(ServiceStep.APOLOGY, ServiceStep.EMPATHY, ServiceStep.PROMISE_TIME, ServiceStep.FOLLOW_UP));
        assertThat(a.stepsFound()).containsKeys(ServiceStep.GREETING, ServiceStep.APOLOGY, ServiceStep.EMPATHY,
                ServiceStep.RECORD, ServiceStep.PROMISE_TIME, ServiceStep.FOLLOW_UP);
        assertThat(a.missing()).isEmpty();
        assertThat(a.stepsFound().get(ServiceStep.PROMISE_TIME).matched()).isEqualTo("二十分钟内");
        assertThat(a.polite()).extracting(Hit::groupId).containsExactly("please");
        assertThat(a.polite().getFirst().reason()).contains("尊重");
        assertThat(a.taboo()).isEmpty();
        assertThat(a.percentOf(EnumSet.of(ServiceStep.APOLOGY, ServiceStep.CLOSING))).isEqualTo(50);
    }

    @Test
    void spaces_full_width_characters_and_punctuation_do_not_hide_a_phrase() {
        ReplyAnalysis a = analyzer.analyse("抱 歉！！我是客服　小李，３０分钟内到。SORRY！", Set.of(ServiceStep.PROMISE_TIME));
        assertThat(a.stepsFound()).containsKeys(ServiceStep.APOLOGY, ServiceStep.SELF_INTRO, ServiceStep.PROMISE_TIME);
        assertThat(a.stepsFound().get(ServiceStep.PROMISE_TIME).matched()).isEqualTo("30分钟内");
    }

    @Test
    void a_taboo_phrase_is_found_with_its_reason_even_with_words_in_the_gap() {
        ReplyAnalysis a = analyzer.analyse("这事不关我的事，你去找开发商问吧。", Set.of(ServiceStep.APOLOGY));
        assertThat(a.taboo()).hasSize(1);
        Hit hit = a.taboo().getFirst();
        assertThat(hit.groupId()).isEqualTo("shirking");
        assertThat(hit.phrase()).isEqualTo("你去找*问");
        assertThat(hit.matched()).isEqualTo("你去找开发商问");
        assertThat(hit.reason()).isEqualTo("把事情推给别人。");
        assertThat(a.missing()).containsExactly(ServiceStep.APOLOGY);
    }

    @Test
    void the_gap_of_a_star_is_limited() {
        ReplyAnalysis a = analyzer.analyse("你去找我们小区南门旁边那家开着的便利店问", Set.of());
        assertThat(a.taboo()).isEmpty();
    }

    @Test
    void an_empty_reply_finds_nothing_and_misses_every_expected_step() {
        ReplyAnalysis a = analyzer.analyse("   ", EnumSet.of(ServiceStep.GREETING, ServiceStep.RECORD));
        assertThat(a.stepsFound()).isEmpty();
        assertThat(a.missing()).containsExactly(ServiceStep.GREETING, ServiceStep.RECORD);
        assertThat(a.percentOf(EnumSet.of(ServiceStep.GREETING, ServiceStep.RECORD))).isZero();
    }
}
