package org.kefuacademy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.Refusals.refused;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.evaluation.domain.SurveyAnswer;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The survey's open answers: storable and within the column (the other rules are in SurveyServiceTest). */
class SurveyFormValidationTest extends DatabaseTest {
    @Autowired
    SurveyService surveys;
    @Autowired
    CohortService cohorts;

    @Test
    void an_open_answer_with_control_characters_is_refused_and_the_longest_allowed_is_stored_trimmed() {
        AccountSummary trainee = newAccount("问卷学员", Role.TRAINEE);
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("问卷校验"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of()));
        clock.setTo(LocalDateTime.of(2026, 11, 4, 10, 0));
        signInAs(trainee);
        long version = surveys.sheet(1).templateVersionId();

        refused(() -> surveys.submit(1, version, SurveyServiceTest.weeklyScores(4), Map.of(8, "收获\u0000")), "form.bad-characters", 3, "U+0000");
        refused(() -> surveys.submit(1, version, SurveyServiceTest.weeklyScores(4), Map.of(8, "长".repeat(SurveyAnswer.MAX_TEXT_LENGTH + 1))),
                "survey.text-too-long", 8, SurveyAnswer.MAX_TEXT_LENGTH);
        assertThat(surveys.mine().getFirst().responseId()).isNull();

        String longest = "长".repeat(SurveyAnswer.MAX_TEXT_LENGTH);
        surveys.submit(1, version, SurveyServiceTest.weeklyScores(4), Map.of(8, "  " + longest + "\n"));
        assertThat(surveys.sheet(1).texts()).containsEntry(8, longest);
    }
}
