package org.kefuacademy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Survey figures of a small made cohort, computed by hand: three trainees, two answered week 1. */
class SurveyAggregatesTest extends DatabaseTest {
    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyAggregates aggregates;
    @Autowired
    CohortService cohorts;

    private AccountSummary ann;
    private AccountSummary bo;
    private AccountSummary trainer;
    private AccountSummary hr;
    private long cohort;

    @BeforeEach
    void twoOfThreeTraineesAnswerWeekOne() {
        ann = newAccount("安然", Role.TRAINEE);
        bo = newAccount("柏涛", Role.TRAINEE);
        AccountSummary silent = newAccount("沈默", Role.TRAINEE);
        trainer = newAccount("汇总讲师", Role.TRAINER);
        hr = newAccount("汇总人事", Role.HR);
        signInAs(hr);
        cohort = cohorts.create(new CohortDraft(unique("汇总批次"), LocalDate.of(2026, 11, 2),
                Set.of(ann.id(), bo.id(), silent.id()), Set.of(trainer.id())));
        clock.setTo(LocalDateTime.of(2026, 11, 5, 18, 0));
        answer(ann, new int[] {5, 4, 3, 5, 4, 5, 4}, Map.of(8, "学会了首问负责", 9, "业主档案没听懂"));
        answer(bo, new int[] {3, 4, 3, 3, 2, 5, 4}, Map.of(8, "流程图清楚"));
    }

    private void answer(AccountSummary who, int[] scores, Map<Integer, String> texts) {
        signInAs(who);
        Map<Integer, Integer> byQuestion = new java.util.HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            byQuestion.put(i + 1, scores[i]);
        }
        surveys.submit(1, surveys.sheet(1).templateVersionId(), byQuestion, texts);
    }

    @Test
    void hr_sees_the_response_rate_means_distributions_and_who_wrote_what() {
        signInAs(hr);
        SurveyAggregate a = aggregates.aggregate(cohort, 1);
        assertThat(a.trainees()).isEqualTo(3);
        assertThat(a.responses()).isEqualTo(2);
        assertThat(a.responseRatePercent()).isEqualTo(67);
        assertThat(a.questions()).hasSize(7);
        SurveyAggregate.QuestionStats q1 = a.questions().getFirst();
        assertThat(q1.questionNo()).isEqualTo(1);
        assertThat(q1.answers()).isEqualTo(2);
        assertThat(q1.mean()).isEqualTo(4.0);                    // (5 + 3) / 2
        assertThat(q1.distribution()).containsExactly(0L, 0L, 1L, 0L, 1L);
        SurveyAggregate.QuestionStats q5 = a.questions().get(4);
        assertThat(q5.mean()).isEqualTo(3.0);                    // (4 + 2) / 2
        assertThat(q5.distribution()).containsExactly(0L, 1L, 0L, 1L, 0L);
        assertThat(a.questions().get(2).distribution()).containsExactly(0L, 0L, 2L, 0L, 0L);

        assertThat(aggregates.openAnswerCount(cohort, 1)).isEqualTo(3);
        assertThat(aggregates.openAnswers(cohort, 1, 0, 10)).extracting(OpenAnswer::questionNo, OpenAnswer::personName, OpenAnswer::text)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(8, "安然", "学会了首问负责"),
                        org.assertj.core.groups.Tuple.tuple(8, "柏涛", "流程图清楚"),
                        org.assertj.core.groups.Tuple.tuple(9, "安然", "业主档案没听懂"));
        assertThat(aggregates.openAnswers(cohort, 1, 0, 2)).hasSize(2);
        assertThat(aggregates.openAnswers(cohort, 1, 2, 2)).singleElement().extracting(OpenAnswer::questionNo).isEqualTo(9);

        SurveyAggregate week2 = aggregates.aggregate(cohort, 2);
        assertThat(week2.responses()).isZero();
        assertThat(week2.questions()).allSatisfy(q -> assertThat(q.mean()).isNull());
    }

    @Test
    void the_cohorts_trainer_reads_the_same_figures_but_open_answers_without_names() {
        signInAs(trainer);
        assertThat(aggregates.seesNames()).isFalse();
        assertThat(aggregates.cohorts()).extracting(c -> c.id()).contains(cohort);
        assertThat(aggregates.aggregate(cohort, 1).questions().getFirst().mean()).isEqualTo(4.0);
        assertThat(aggregates.openAnswers(cohort, 1, 0, 10)).hasSize(3).allSatisfy(o -> assertThat(o.personName()).isNull());
    }

    @Test
    void a_trainer_of_another_cohort_and_a_trainee_are_refused() {
        AccountSummary other = newAccount("别的讲师", Role.TRAINER);
        signInAs(other);
        assertThat(aggregates.cohorts()).extracting(c -> c.id()).doesNotContain(cohort);
        assertThatThrownBy(() -> aggregates.aggregate(cohort, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> aggregates.openAnswers(cohort, 1, 0, 10)).isInstanceOf(AccessDeniedException.class);
        signInAs(ann);
        assertThatThrownBy(() -> aggregates.aggregate(cohort, 1)).isInstanceOf(AccessDeniedException.class);
    }
}
