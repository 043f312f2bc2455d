package org.kefuacademy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Trainees answer their own cohort's surveys: weekly ones from the week's first day until three days after
 * its last, the final one from week 4; a bad form stores nothing. The shipped templates are used: the weekly
 * one has seven required scale questions, a required open question (8) and two optional ones.
 */
class SurveyServiceTest extends DatabaseTest {
    @Autowired
    SurveyService surveys;
    @Autowired
    CohortService cohorts;

    private AccountSummary trainee;
    private AccountSummary trainer;
    private long cohort;

    @BeforeEach
    void aCohortStartingMondaySecondOfNovember() {
        trainee = newAccount("问卷学员", Role.TRAINEE);
        trainer = newAccount("问卷讲师", Role.TRAINER);
        signInAs(newAccount("人事", Role.HR));
        cohort = cohorts.create(new CohortDraft(unique("问卷批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of(trainer.id())));
    }

    static Map<Integer, Integer> weeklyScores(int score) {
        Map<Integer, Integer> scores = new HashMap<>();
        for (int q = 1; q <= 7; q++) {
            scores.put(q, score);
        }
        return scores;
    }

    private SurveySlot answerWeek(int week, int score, String gain) {
        long version = surveys.sheet(week).templateVersionId();
        return surveys.submit(week, version, weeklyScores(score), Map.of(8, gain));
    }

    @Test
    void a_week_opens_on_its_first_day_and_locks_three_days_after_its_last() {
        clock.setTo(LocalDateTime.of(2026, 11, 5, 17, 0));   // Thursday of week 1
        signInAs(trainee);
        assertThat(surveys.mine()).extracting(SurveySlot::state).containsExactly(SurveySlot.State.OPEN,
                SurveySlot.State.NOT_OPEN, SurveySlot.State.NOT_OPEN, SurveySlot.State.NOT_OPEN, SurveySlot.State.NOT_OPEN);
        assertThat(surveys.mine().getFirst().editableUntil()).isEqualTo(LocalDate.of(2026, 11, 8));
        assertThatThrownBy(() -> surveys.sheet(2)).isInstanceOf(UserFacingException.class).hasMessageContaining("survey.not-open");
        assertThat(answerWeek(1, 4, "学会了首问负责。").state()).isEqualTo(SurveySlot.State.SUBMITTED);

        clock.setTo(LocalDateTime.of(2026, 11, 8, 23, 30));  // Sunday: the last day to change it
        answerWeek(1, 5, "改过的收获。");
        assertThat(surveys.sheet(1).scores()).containsEntry(1, 5);
        assertThat(surveys.sheet(1).texts()).containsEntry(8, "改过的收获。");

        clock.setTo(LocalDateTime.of(2026, 11, 9, 8, 0));    // Monday of week 2
        assertThat(surveys.mine()).extracting(SurveySlot::state).startsWith(SurveySlot.State.LOCKED, SurveySlot.State.OPEN);
        long version = surveys.sheet(1).templateVersionId();
        assertThatThrownBy(() -> surveys.submit(1, version, weeklyScores(1), Map.of(8, "锁定后再改")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("survey.locked");
        assertThat(surveys.sheet(1).scores()).containsEntry(1, 5);
        assertThat(surveys.sheet(1).slot().editable()).isFalse();
    }

    @Test
    void the_final_survey_opens_in_week_four_and_a_missed_one_is_marked() {
        signInAs(trainee);
        clock.setTo(LocalDateTime.of(2026, 11, 20, 9, 0));
        assertThat(surveys.mine().getLast().state()).isEqualTo(SurveySlot.State.NOT_OPEN);
        clock.setTo(LocalDateTime.of(2026, 11, 23, 9, 0));
        assertThat(surveys.mine().getLast()).satisfies(s -> {
            assertThat(s.isFinal()).isTrue();
            assertThat(s.state()).isEqualTo(SurveySlot.State.OPEN);
            assertThat(s.editableUntil()).isEqualTo(LocalDate.of(2026, 12, 10));
        });
        clock.setTo(LocalDateTime.of(2026, 12, 11, 9, 0));
        assertThat(surveys.mine()).extracting(SurveySlot::state).containsOnly(SurveySlot.State.MISSED);
    }

    @Test
    void a_form_with_a_missing_or_wrong_answer_stores_nothing() {
        clock.setTo(LocalDateTime.of(2026, 11, 4, 10, 0));
        signInAs(trainee);
        long version = surveys.sheet(1).templateVersionId();
        Map<Integer, Integer> missingThird = weeklyScores(4);
        missingThird.remove(3);
        assertThatThrownBy(() -> surveys.submit(1, version, missingThird, Map.of(8, "收获")))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo("survey.scale-required");
                    assertThat(((UserFacingException) e).arguments()[0]).isEqualTo(3);
                });
        Map<Integer, Integer> six = weeklyScores(4);
        six.put(2, 6);
        assertThatThrownBy(() -> surveys.submit(1, version, six, Map.of(8, "收获"))).hasMessageContaining("survey.scale-range");
        assertThatThrownBy(() -> surveys.submit(1, version, weeklyScores(4), Map.of(8, "   "))).hasMessageContaining("survey.open-required");
        assertThatThrownBy(() -> surveys.submit(1, version, weeklyScores(4), Map.of(8, "长".repeat(1001))))
                .hasMessageContaining("survey.text-too-long");
        assertThatThrownBy(() -> surveys.submit(1, version, weeklyScores(4), Map.of(8, "收获", 3, "第三题是量表")))
                .hasMessageContaining("survey.unknown-question");
        assertThatThrownBy(() -> surveys.submit(1, version + 99_999, weeklyScores(4), Map.of(8, "收获")))
                .hasMessageContaining("survey.template-changed");
        assertThat(surveys.mine().getFirst().state()).isEqualTo(SurveySlot.State.OPEN);
        assertThat(surveys.mine().getFirst().responseId()).isNull();

        answerWeek(1, 3, "第一次提交");
        assertThatThrownBy(() -> surveys.submit(1, version, missingThird, Map.of(8, "改坏了"))).isInstanceOf(UserFacingException.class);
        assertThat(surveys.sheet(1).scores()).hasSize(7).containsEntry(3, 3);
        assertThat(surveys.sheet(1).texts()).containsEntry(8, "第一次提交");
    }

    @Test
    void a_trainee_answers_only_for_her_own_cohort_and_reads_only_her_own_answers() {
        clock.setTo(LocalDateTime.of(2026, 11, 4, 10, 0));
        signInAs(trainee);
        answerWeek(1, 5, "我的收获");
        AccountSummary classmate = newAccount("同期学员", Role.TRAINEE);
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("另一批次"), LocalDate.of(2026, 11, 2), Set.of(classmate.id()), Set.of(trainer.id())));
        signInAs(classmate);
        assertThat(surveys.sheet(1).scores()).isEmpty();
        assertThat(surveys.mine().getFirst().state()).isEqualTo(SurveySlot.State.OPEN);
        assertThatThrownBy(() -> surveys.ofPerson(trainee.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> surveys.sheet(5)).hasMessageContaining("survey.no-such-week");
        signInAs(newAccount("未分班学员", Role.TRAINEE));
        assertThat(surveys.mine()).isEmpty();
        assertThatThrownBy(() -> surveys.sheet(1)).hasMessageContaining("survey.no-cohort");
    }

    @Test
    void hr_and_the_cohorts_trainer_read_a_persons_responses_and_another_trainer_cannot() {
        clock.setTo(LocalDateTime.of(2026, 11, 4, 10, 0));
        signInAs(trainee);
        answerWeek(1, 4, "流程图很清楚");
        signInAs(trainer);
        var mine = surveys.ofPerson(trainee.id());
        assertThat(mine).singleElement().satisfies(r -> {
            assertThat(r.week()).isEqualTo(1);
            assertThat(r.answers()).hasSize(10);
            assertThat(r.answers().getFirst().scoreLabel()).isEqualTo("4 满意");
            assertThat(r.answers().get(7).text()).isEqualTo("流程图很清楚");
            assertThat(r.answers().get(8).text()).isNull();
        });
        signInAs(newAccount("人事", Role.HR));
        assertThat(surveys.ofPerson(trainee.id())).hasSize(1);
        signInAs(newAccount("别的讲师", Role.TRAINER));
        assertThatThrownBy(() -> surveys.ofPerson(trainee.id())).isInstanceOf(AccessDeniedException.class);
    }
}
