package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.fuzz.ContentProblemRules.assertNamed;
import static org.kefuacademy.testsupport.fuzz.ContentProblemRules.returnsInTime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.kefuacademy.testsupport.fuzz.Mutations;
import org.kefuacademy.testsupport.fuzz.ShippedContent;

/**
 * GIFT and Moodle XML imports on mutated exports of the shipped banks: never an exception, never some of the
 * questions (problems mean none), every problem with file and line; XML with a DTD (external entities,
 * billion laughs) is refused before anything is expanded; what we export imports back unchanged.
 */
@Tag("fuzz")
class InterchangeFormatsFuzzTest {
    private static final List<QuestionBank> BANKS = ShippedContent.files("quizzes", f -> !f.baseName().startsWith("assessment-"))
            .stream().map(f -> new QuestionBankParser().parse(f).bank()).toList();
    private static final List<String> GIFT = BANKS.stream().map(GiftFormat::export).toList();
    private static final List<String> XML = BANKS.stream().map(MoodleXml::export).toList();

    @Property(tries = 300)
    void mutated_gift_imports_whole_or_not_at_all(@ForAll("mutatedGift") String gift) {
        GiftFormat.Imported imported = returnsInTime(() -> GiftFormat.importText(gift, "upload.gift", RoundTrip.DEFAULTS));
        assertAllOrNothing(gift, imported, "upload.gift");
    }

    @Property(tries = 300)
    void mutated_moodle_xml_imports_whole_or_not_at_all(@ForAll("mutatedXml") String xml) {
        GiftFormat.Imported imported = returnsInTime(() -> MoodleXml.importText(xml, "upload.xml", RoundTrip.DEFAULTS));
        assertAllOrNothing(xml, imported, "upload.xml");
    }

    @Property(tries = 100)
    void xml_with_an_entity_payload_is_refused_without_expanding_it(@ForAll("xmlWithEntities") String xml) {
        GiftFormat.Imported imported = returnsInTime(() -> MoodleXml.importText(xml, "evil.xml", RoundTrip.DEFAULTS));
        assertThat(imported.questions()).isEmpty();
        assertThat(imported.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("xml.problem.syntax");
            assertThat(String.join(" ", p.arguments())).doesNotContain("root:", "lol");
        });
    }

    @Example
    void billion_laughs_is_refused_at_once() {
        long start = System.nanoTime();
        GiftFormat.Imported imported = MoodleXml.importText(BILLION_LAUGHS, "laughs.xml", RoundTrip.DEFAULTS);
        assertThat(imported.questions()).isEmpty();
        assertThat(imported.problems()).extracting(p -> p.messageKey()).containsExactly("xml.problem.syntax");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Property(tries = 100)
    void a_bank_exported_to_gift_or_xml_imports_back_unchanged(@ForAll("someQuestions") QuestionBank bank) {
        List<Question> expected = bank.questions().stream().map(RoundTrip::withoutLine).toList();
        GiftFormat.Imported gift = GiftFormat.importText(GiftFormat.export(bank), "back.gift", RoundTrip.DEFAULTS);
        GiftFormat.Imported xml = MoodleXml.importText(MoodleXml.export(bank), "back.xml", RoundTrip.DEFAULTS);
        assertThat(gift.problems()).isEmpty();
        assertThat(xml.problems()).isEmpty();
        assertThat(gift.questions().stream().map(RoundTrip::withoutLine).toList()).isEqualTo(expected);
        assertThat(xml.questions().stream().map(RoundTrip::withoutLine).toList()).isEqualTo(expected);
    }

    private static void assertAllOrNothing(String text, GiftFormat.Imported imported, String fileName) {
        if (!imported.problems().isEmpty()) {
            assertThat(imported.questions()).as("problems %s, so nothing imported", imported.problems()).isEmpty();
            assertNamed(fileName, text, imported.problems());
        }
    }

    @Provide
    Arbitrary<String> mutatedGift() {
        return Mutations.of(GIFT);
    }

    @Provide
    Arbitrary<String> mutatedXml() {
        return Mutations.of(XML);
    }

    @Provide
    Arbitrary<String> xmlWithEntities() {
        List<String> payloads = List.of(
                "<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                "<!DOCTYPE quiz [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/evil.dtd\"> %p;]>",
                "<!DOCTYPE quiz SYSTEM \"http://127.0.0.1:1/quiz.dtd\">",
                BILLION_LAUGHS.substring(BILLION_LAUGHS.indexOf("<!DOCTYPE"), BILLION_LAUGHS.indexOf("<quiz>")));
        return Combinators.combine(Arbitraries.of(XML), Arbitraries.of(payloads), Arbitraries.of("&xxe;", "&lol9;", ""))
                .as((xml, doctype, reference) -> {
                    String withDoctype = xml.replaceFirst("<quiz>", java.util.regex.Matcher.quoteReplacement(doctype + "\n<quiz>"));
                    return withDoctype.replaceFirst("<text>", "<text>" + reference);
                });
    }

    @Provide
    Arbitrary<QuestionBank> someQuestions() {
        return Combinators.combine(Arbitraries.of(BANKS), Arbitraries.randoms()).as(InterchangeFormatsFuzzTest::sample);
    }

    private static QuestionBank sample(QuestionBank bank, Random random) {
        List<Question> questions = new ArrayList<>(bank.questions());
        Collections.shuffle(questions, random);
        List<Question> some = questions.subList(0, 1 + random.nextInt(questions.size()));
        return new QuestionBank(bank.id(), bank.title(), bank.module(), bank.week(), some, bank.sourcePath());
    }

    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE quiz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <quiz><question type="essay"><name><text>&lol9;</text></name></question></quiz>
            """;
}
