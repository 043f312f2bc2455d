package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentFiles;

/** Shared check for the interchange formats: every shipped bank exported and imported back is unchanged. */
final class RoundTrip {
    static final GiftFormat.Defaults DEFAULTS = new GiftFormat.Defaults("imp-", List.of(Competence.PROCESSES), 2, 1);

    private RoundTrip() {
    }

    /** Questions compared without the file line, which export and import cannot keep. */
    static Question withoutLine(Question q) {
        return new Question(q.id(), q.type(), q.competences(), q.difficulty(), q.points(), q.topic(), q.stem(), q.options(),
                q.truth(), q.accepted(), q.steps(), q.pairs(), q.rubric(), q.explanation(), 0);
    }

    /** Returns how many questions were checked. */
    static int ofShippedBanks(Function<QuestionBank, String> export, BiFunction<String, String, GiftFormat.Imported> importer) {
        ContentFiles files = new ContentFiles(Path.of("content").toAbsolutePath().toString());
        int checked = 0;
        for (var f : files.list("quizzes", ".md")) {
            if (f.baseName().startsWith("assessment-")) {
                continue;
            }
            QuestionBank bank = new QuestionBankParser().parse(f).bank();
            GiftFormat.Imported back = importer.apply(export.apply(bank), f.path());
            assertThat(back.problems()).as(f.path()).isEmpty();
            assertThat(back.questions().stream().map(RoundTrip::withoutLine).toList()).as(f.path())
                    .containsExactlyElementsOf(bank.questions().stream().map(RoundTrip::withoutLine).toList());
            checked += bank.questions().size();
        }
        return checked;
    }
}
