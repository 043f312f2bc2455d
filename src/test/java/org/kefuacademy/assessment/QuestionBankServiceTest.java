package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.content.ContentRejectedException;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class QuestionBankServiceTest extends DatabaseTest {
    private static final String BANK = "bank-w4d4";
    @Autowired
    QuestionBankService banks;
    @Autowired
    AttemptService attempts;
    @Autowired
    CohortService cohorts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void trainers_filter_questions_by_text_type_competence_and_bank() {
        signInAs(newAccount("讲师", Role.TRAINER));
        assertThat(banks.search(QuestionFilter.any())).hasSizeGreaterThanOrEqualTo(300);
        assertThat(banks.search(new QuestionFilter(null, null, QuestionType.SHORT, null, null)))
                .isNotEmpty().allSatisfy(b -> assertThat(b.question().type()).isEqualTo(QuestionType.SHORT));
        assertThat(banks.search(new QuestionFilter(null, "bank-w3d3", null, Competence.EMERGENCY, null)))
                .isNotEmpty().allSatisfy(b -> {
                    assertThat(b.bankKey()).isEqualTo("bank-w3d3");
                    assertThat(b.question().competences()).contains(Competence.EMERGENCY);
                });
        assertThat(banks.search(new QuestionFilter("119", null, null, null, null)))
                .isNotEmpty().allSatisfy(b -> assertThat(b.question().stem() + b.question().id() + b.question().explanation()).contains("119"));
    }

    @Test
    void an_edit_becomes_the_new_version_while_started_attempts_keep_theirs() {
        AccountSummary trainee = newAccount("考生", Role.TRAINEE);
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("题库批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of()));
        clock.setTo(LocalDateTime.of(2026, 11, 26, 9, 0));
        signInAs(trainee);
        long attempt = attempts.start("assessment-week4");
        Set<Long> before = Set.copyOf(jdbc.queryForList("select distinct bank_version_id from attempt_answer where attempt_id = ?",
                Long.class, attempt));

        signInAs(newAccount("讲师", Role.TRAINER));
        String text = banks.currentText(BANK);
        String id = "w4d4-x" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        String added = text + "\n## Q " + id + "\ntype: truefalse\ncompetences: [safety]\ndifficulty: 1\npoints: 1\n\n"
                + "遇到电梯困人，应先安抚被困人员并告知救援正在进行。\n\nanswer: 对\n\n> 解析：先安抚，再组织救援。\n";
        StoredVersion saved = banks.save(BANK, added);
        assertThat(saved.origin()).isEqualTo(StoredVersion.Origin.EDITOR);
        assertThat(banks.search(new QuestionFilter(id, BANK, null, null, null))).hasSize(1);
        assertThat(jdbc.queryForList("select distinct bank_version_id from attempt_answer where attempt_id = ?", Long.class, attempt))
                .as("the running attempt still uses the versions it drew from").containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void an_edit_that_leaves_an_assessment_short_of_questions_is_refused() {
        signInAs(newAccount("讲师", Role.TRAINER));
        String text = banks.currentText(BANK);
        String firstTwo = text.substring(0, nthIndex(text, "\n## Q ", 3));
        assertThatThrownBy(() -> banks.save(BANK, firstTwo)).isInstanceOfSatisfying(ContentRejectedException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("quiz.problem.bank-too-small")));
        assertThat(banks.currentText(BANK)).isEqualTo(text);
    }

    @Test
    void a_broken_edit_names_its_line_and_trainees_cannot_edit() {
        signInAs(newAccount("讲师", Role.TRAINER));
        String text = banks.currentText(BANK).replaceFirst("type: single", "type: essay");
        assertThat(banks.check(BANK, text)).anySatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo("quiz.problem.bad-type");
            assertThat(p.line()).isPositive();
        });
        signInAs(newAccount("学员", Role.TRAINEE));
        assertThatThrownBy(() -> banks.save(BANK, text)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> banks.search(QuestionFilter.any())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void gift_import_adds_all_questions_as_one_new_version_or_nothing() {
        signInAs(newAccount("讲师", Role.TRAINER));
        String bank = "bank-w2d1";
        int before = banks.search(new QuestionFilter(null, bank, null, null, null)).size();
        String existingId = banks.search(new QuestionFilter(null, bank, null, null, null)).getFirst().question().id();
        String gift = "::" + existingId + ":: 微笑服务的要求是？ {=真诚自然 ~只在业主面前笑 ####微笑要发自内心。}\n\n"
                + "::new-q:: 接听电话应在几声内？ {=三声 =3声 ####三声之内接听。}\n";

        GiftFormat.Imported preview = banks.previewImport(bank, gift);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.questions()).extracting(Question::id).doesNotContain(existingId);
        banks.importQuestions(bank, gift);
        assertThat(banks.search(new QuestionFilter(null, bank, null, null, null))).hasSize(before + 2);

        String broken = "::x:: 没有答案块\n";
        String text = banks.currentText(bank);
        assertThatThrownBy(() -> banks.importQuestions(bank, gift + "\n" + broken)).isInstanceOf(ContentRejectedException.class);
        assertThat(banks.currentText(bank)).isEqualTo(text);
        assertThat(banks.exportGift(bank)).contains("// kefu: type=").contains("::" + existingId + "::");

        // The same bank exported as Moodle XML and imported again adds every question once more, renamed.
        int now = banks.search(new QuestionFilter(null, bank, null, null, null)).size();
        GiftFormat.Imported again = banks.previewImport(bank, banks.exportMoodleXml(bank));
        assertThat(again.problems()).isEmpty();
        assertThat(again.questions()).hasSize(now);
    }

    private static int nthIndex(String text, String needle, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(needle, at + 1);
        }
        return at;
    }
}
