package org.kefuacademy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The "surveys" share of a person's data: every answer exported; anonymising blanks the texts and keeps the scores. */
class SurveyPersonalDataTest extends DatabaseTest {
    @Autowired
    List<PersonalDataSource> sources;
    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyAggregates aggregates;
    @Autowired
    CohortService cohorts;

    @Test
    void export_returns_every_answer_and_anonymise_leaves_no_text_but_keeps_the_scores() {
        PersonalDataSource source = sources.stream().filter(s -> s.section().equals("surveys")).findFirst().orElseThrow();
        AccountSummary trainee = newAccount("隐私学员", Role.TRAINEE);
        AccountSummary hr = newAccount("隐私人事", Role.HR);
        signInAs(hr);
        long cohort = cohorts.create(new CohortDraft(unique("隐私批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of()));
        clock.setTo(LocalDateTime.of(2026, 11, 5, 18, 0));
        signInAs(trainee);
        surveys.submit(1, surveys.sheet(1).templateVersionId(), SurveyServiceTest.weeklyScores(4),
                Map.of(8, "我是隐私学员，住在3栋", 10, "王老师讲得好"));

        signInAs(hr);
        List<Map<String, Object>> rows = source.export(trainee.id());
        assertThat(rows).hasSize(9);
        assertThat(rows).extracting(r -> r.get("text")).contains("我是隐私学员，住在3栋", "王老师讲得好");
        assertThat(rows).filteredOn(r -> r.get("score") != null).hasSize(7)
                .allSatisfy(r -> assertThat(r.get("score")).isEqualTo(4));
        assertThat(rows.getFirst()).containsEntry("week", 1).containsEntry("cohortId", cohort).containsEntry("final", false);

        source.anonymise(trainee.id());
        List<Map<String, Object>> after = source.export(trainee.id());
        assertThat(after).hasSize(7).allSatisfy(r -> assertThat(r.get("text")).isNull());
        assertThat(after.toString()).doesNotContain("隐私学员", "3栋", "王老师");
        assertThat(aggregates.aggregate(cohort, 1).questions().getFirst().mean()).isEqualTo(4.0);
        assertThat(aggregates.openAnswerCount(cohort, 1)).isZero();

        signInAs(newAccount("讲师", Role.TRAINER));
        assertThatThrownBy(() -> source.export(trainee.id())).isInstanceOf(AccessDeniedException.class);
        signInAs(trainee);
        assertThatThrownBy(() -> source.anonymise(trainee.id())).isInstanceOf(AccessDeniedException.class);
    }
}
