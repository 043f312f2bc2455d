package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.fuzz.ContentProblemRules.assertWholeOrNothing;
import static org.kefuacademy.testsupport.fuzz.ContentProblemRules.returnsInTime;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.testsupport.fuzz.Mutations;
import org.kefuacademy.testsupport.fuzz.ShippedContent;

/** Question-bank files mutated from the shipped ones: accepted whole or rejected with file and line, never a crash or half a result. */
@Tag("fuzz")
class QuestionBankParserFuzzTest {
    private static final List<SourceFile> SHIPPED = ShippedContent.files("quizzes", f -> !f.baseName().startsWith("assessment-"));

    @Property(tries = 300)
    void a_mutated_file_is_accepted_whole_or_rejected_with_where(@ForAll("mutated") SourceFile file) {
        var outcome = returnsInTime(() -> new QuestionBankParser().parse(file));
        assertWholeOrNothing(file.path(), file.text(), outcome.bank(), outcome.problems());
    }

    @Property(tries = 20)
    void every_shipped_file_stays_valid(@ForAll("shipped") SourceFile file) {
        assertThat(new QuestionBankParser().parse(file).problems()).isEmpty();
    }

    @Provide
    Arbitrary<SourceFile> mutated() {
        return Combinators.combine(Arbitraries.of(SHIPPED), Arbitraries.randoms(), Arbitraries.integers().between(1, 4))
                .as((f, random, times) -> ShippedContent.edited(f, Mutations.mutate(f.text(), random, times)));
    }

    @Provide
    Arbitrary<SourceFile> shipped() {
        return Arbitraries.of(SHIPPED);
    }
}
