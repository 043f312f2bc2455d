package org.kefuacademy.competence;

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

/** Competence framework files mutated from the shipped ones: accepted whole or rejected with file and line, never a crash or half a result. */
@Tag("fuzz")
class FrameworkParserFuzzTest {
    private static final List<SourceFile> SHIPPED = ShippedContent.files("competences", f -> true);

    @Property(tries = 300)
    void a_mutated_file_is_accepted_whole_or_rejected_with_where(@ForAll("mutated") SourceFile file) {
        var outcome = returnsInTime(() -> new FrameworkParser().parse(file));
        assertWholeOrNothing(file.path(), file.text(), outcome.framework(), outcome.problems());
    }

    @Property(tries = 20)
    void every_shipped_file_stays_valid(@ForAll("shipped") SourceFile file) {
        assertThat(new FrameworkParser().parse(file).problems()).isEmpty();
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
