package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A trainer corrects a question's key; answers graded with the old key are re-graded and logged. */
class RegradeServiceTest extends DatabaseTest {
    @Autowired
    RegradeService regrades;
    @Autowired
    QuestionBankService banks;
    @Autowired
    AttemptService attempts;
    @Autowired
    AttemptResults results;
    @Autowired
    CohortService cohorts;
    @Autowired
    QuestionBanks questionBanks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void correcting_a_key_regrades_earlier_answers_with_an_audit_trail() {
        AccountSummary trainee = newAccount("重评考生", Role.TRAINEE);
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("重评批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of()));
        clock.setTo(LocalDateTime.of(2026, 11, 5, 10, 0));
        signInAs(trainee);
        long attempt = attempts.start("assessment-week1");
        for (int p = 1; p <= 20; p++) {
            Map<String, Object> row = jdbc.queryForMap(
                    "select question_id, bank_version_id from attempt_answer where attempt_id = ? and position_no = ?", attempt, p);
            attempts.save(attempt, p, AnswerKey.right(questionBanks.question(((Number) row.get("bank_version_id")).longValue(),
                    (String) row.get("question_id"))));
        }
        double before = attempts.submit(attempt).score().doubleValue();
        Map<String, Object> single = jdbc.queryForMap("""
                select a.question_id, a.points from attempt_answer a where a.attempt_id = ? and a.question_type = 'single'
                order by a.position_no limit 1""", attempt);
        String questionId = (String) single.get("question_id");
        int points = ((Number) single.get("points")).intValue();

        // The trainer decides the key was wrong and moves the tick to another option.
        signInAs(newAccount("讲师", Role.TRAINER));
        String bankKey = banks.search(new QuestionFilter(questionId, null, null, null, null)).stream()
                .filter(b -> b.question().id().equals(questionId)).findFirst().orElseThrow().bankKey();
        String original = banks.currentText(bankKey);
        banks.save(bankKey, moveTick(original, questionId));
        try {
            RegradeService.Preview preview = regrades.preview(questionId);
            assertThat(preview.wouldChange()).isGreaterThanOrEqualTo(1);
            assertThatThrownBy(() -> regrades.regrade(questionId, " ")).isInstanceOf(UserFacingException.class);

            assertThat(regrades.regrade(questionId, "原答案有误，按修正后的答案重新评分")).isGreaterThanOrEqualTo(1);

            signInAs(trainee);
            assertThat(results.result(attempt).score().doubleValue()).isEqualTo(before - points);
            assertThat(jdbc.queryForObject("""
                    select count(*) from regrade_log where attempt_id = ? and question_id = ? and new_earned = 0
                      and reason = '原答案有误，按修正后的答案重新评分'""", Long.class, attempt, questionId)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select detail from audit_log where subject_account_id = ? and action = ?", String.class,
                    trainee.id(), RegradeService.AUDIT_REGRADE)).startsWith(questionId + " ").endsWith(" → 0：原答案有误，按修正后的答案重新评分");
            signInAs(newAccount("讲师", Role.TRAINER));
            assertThat(regrades.regrade(questionId, "再次执行")).as("nothing left to change").isZero();
        } finally {
            signInAs(newAccount("讲师", Role.TRAINER));
            banks.save(bankKey, original);
        }
    }

    @Test
    void trainees_cannot_regrade() {
        signInAs(newAccount("学员", Role.TRAINEE));
        assertThatThrownBy(() -> regrades.regrade("w1d1-001", "理由")).isInstanceOf(AccessDeniedException.class);
    }

    /** The question's single tick moved from its right option to the first other option. */
    private static String moveTick(String text, String questionId) {
        int start = text.indexOf("## Q " + questionId + "\n");
        int end = text.indexOf("\n## Q ", start + 1);
        String block = text.substring(start, end < 0 ? text.length() : end);
        String changed = block.replaceFirst("- \\[x\\] ", "- [?] ").replaceFirst("- \\[ \\] ", "- [x] ").replace("- [?] ", "- [ ] ");
        return text.substring(0, start) + changed + (end < 0 ? "" : text.substring(end));
    }
}
