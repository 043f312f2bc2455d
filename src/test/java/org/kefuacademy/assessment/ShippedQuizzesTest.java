package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.SourceFile;

/** The banks and assessments we ship: all valid, enough questions, every draw can be filled. */
class ShippedQuizzesTest {
    private final ContentFiles files = new ContentFiles(Path.of("content").toAbsolutePath().toString());

    private List<SourceFile> sources(boolean assessments) {
        return files.list("quizzes", ".md").stream()
                .filter(f -> f.baseName().startsWith("assessment-") == assessments).toList();
    }

    private List<QuestionBank> banks() {
        QuestionBankParser parser = new QuestionBankParser();
        return sources(false).stream().map(f -> {
            QuestionBankParser.Outcome outcome = parser.parse(f);
            assertThat(outcome.problems()).as(f.path()).isEmpty();
            return outcome.bank();
        }).toList();
    }

    @Test
    void sixteen_valid_banks_with_at_least_fifteen_questions_each_and_three_hundred_in_all() {
        List<QuestionBank> banks = banks();
        assertThat(banks).hasSize(16);
        banks.forEach(b -> assertThat(b.questions()).as(b.id()).hasSizeGreaterThanOrEqualTo(15));
        assertThat(banks.stream().mapToInt(b -> b.questions().size()).sum()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void question_ids_are_unique_across_banks_and_every_type_and_competence_is_used() {
        Set<String> ids = new HashSet<>();
        Set<QuestionType> types = new HashSet<>();
        Set<Competence> competences = new HashSet<>();
        for (QuestionBank bank : banks()) {
            for (Question q : bank.questions()) {
                assertThat(ids.add(q.id())).as("unique id " + q.id()).isTrue();
                types.add(q.type());
                competences.addAll(q.competences());
                assertThat(q.explanation()).as(q.id()).isNotBlank();
            }
        }
        assertThat(types).containsExactlyInAnyOrder(QuestionType.values());
        assertThat(competences).containsExactlyInAnyOrder(Competence.values());
    }

    @Test
    void every_assessment_is_valid_and_each_draw_can_be_filled() {
        Map<String, QuestionBank> banks = banks().stream().collect(Collectors.toMap(QuestionBank::id, Function.identity()));
        AssessmentDefinitionParser parser = new AssessmentDefinitionParser();
        List<AssessmentDefinition> defs = sources(true).stream().map(f -> {
            AssessmentDefinitionParser.Outcome outcome = parser.parse(f);
            assertThat(outcome.problems()).as(f.path()).isEmpty();
            return outcome.definition();
        }).toList();
        assertThat(defs).extracting(AssessmentDefinition::week).containsExactlyInAnyOrder(1, 2, 3, 4, null);
        for (AssessmentDefinition def : defs) {
            for (AssessmentDefinition.Draw draw : def.draws()) {
                QuestionBank bank = banks.get(draw.bank());
                assertThat(bank).as(def.id() + " draws from " + draw.bank()).isNotNull();
                assertThat(bank.questions().stream().filter(draw::accepts).count()).as(def.id() + " / " + draw.bank())
                        .isGreaterThanOrEqualTo(draw.count());
            }
        }
        AssessmentDefinition finalExam = defs.stream().filter(d -> d.week() == null).findFirst().orElseThrow();
        assertThat(finalExam.opens()).isEqualTo(AssessmentDefinition.Opens.FINAL_DAY);
        assertThat(finalExam.questionCount()).isEqualTo(50);
    }
}
