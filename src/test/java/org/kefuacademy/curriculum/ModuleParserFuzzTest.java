package org.kefuacademy.curriculum;

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
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.testsupport.fuzz.Mutations;
import org.kefuacademy.testsupport.fuzz.ShippedContent;

/** Module files (front matter + Markdown) mutated from the shipped ones: rejected whole with file and line, never a crash. */
@Tag("fuzz")
class ModuleParserFuzzTest {
    private static final List<SourceFile> MODULES = ShippedContent.files("modules", f -> true);
    private final ModuleParser parser = new ModuleParser(new MarkdownRenderer());

    @Property(tries = 400)
    void a_mutated_module_is_accepted_whole_or_rejected_with_where(@ForAll("mutatedModules") SourceFile file) {
        ModuleParser.Outcome outcome = returnsInTime(() -> parser.parse(file, path -> true));
        assertWholeOrNothing(file.path(), file.text(), outcome.definition(), outcome.problems());
    }

    @Property(tries = 20)
    void every_shipped_module_stays_valid(@ForAll("shippedModules") SourceFile file) {
        assertThat(parser.parse(file, path -> true).problems()).isEmpty();
    }

    @Provide
    Arbitrary<SourceFile> mutatedModules() {
        return Combinators.combine(Arbitraries.of(MODULES), Arbitraries.randoms(), Arbitraries.integers().between(1, 4))
                .as((f, random, times) -> ShippedContent.edited(f, Mutations.mutate(f.text(), random, times)));
    }

    @Provide
    Arbitrary<SourceFile> shippedModules() {
        return Arbitraries.of(MODULES);
    }
}
