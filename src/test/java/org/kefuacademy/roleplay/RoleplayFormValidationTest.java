package org.kefuacademy.roleplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.Refusals.refused;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.roleplay.domain.RoleplayStep;
import org.kefuacademy.roleplay.domain.StepReview;
import org.kefuacademy.roleplay.engine.TestScenarios;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The free-text reply, the trainer's review and override, and a new scenario's id, checked by the services. */
class RoleplayFormValidationTest extends DatabaseTest {
    @Autowired
    RoleplayService roleplay;
    @Autowired
    RunReviewService review;
    @Autowired
    ScenarioAuthoring authoring;
    @Autowired
    CohortService cohorts;
    @Autowired
    JdbcTemplate jdbc;

    private String key;
    private AccountSummary trainee;
    private AccountSummary trainer;

    @BeforeEach
    void aScenarioAndATrainee() {
        clock.setTo(LocalDateTime.of(2026, 11, 16, 9, 0));
        trainer = newAccount("王讲师", Role.TRAINER);
        trainee = newAccount("李学员", Role.TRAINEE);
        key = "v-" + unique("s").replace('.', '-').toLowerCase();
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("校验批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of(trainer.id())));
        signInAs(trainer);
        authoring.create(key, TestScenarios.CALL.replace("id: t\n", "id: " + key + "\n"));
        signInAs(trainee);
    }

    @Test
    void a_reply_too_long_or_with_control_characters_is_refused_and_the_longest_allowed_is_stored_exactly() {
        long run = roleplay.start(key, false);
        roleplay.choose(run, "ring", 0);
        roleplay.choose(run, "listen", 0);
        refused(() -> roleplay.reply(run, "reply", "歉".repeat(RoleplayStep.MAX_REPLY_LENGTH + 1)), "roleplay.reply-too-long",
                RoleplayStep.MAX_REPLY_LENGTH);
        refused(() -> roleplay.reply(run, "reply", "实在抱歉\u0000"), "form.bad-characters", 5, "U+0000");
        refused(() -> roleplay.reply(run, "reply", "　\n "), "roleplay.reply-empty", RoleplayStep.MAX_REPLY_LENGTH);
        assertThat(steps(run)).isEqualTo(2);

        String longest = "实在抱歉😀".repeat(RoleplayStep.MAX_REPLY_LENGTH / 6) + "歉".repeat(RoleplayStep.MAX_REPLY_LENGTH % 6);
        roleplay.reply(run, "reply", " " + longest + "\n");
        assertThat(jdbc.queryForList("select reply_text from roleplay_step where run_id = ? order by seq desc", String.class, run)
                .getFirst()).isEqualTo(longest).hasSize(RoleplayStep.MAX_REPLY_LENGTH);
    }

    @Test
    void an_override_stays_within_the_points_possible_and_a_review_within_its_column() {
        long run = roleplay.start(key, false);
        roleplay.choose(run, "ring", 0);
        roleplay.choose(run, "listen", 0);
        roleplay.reply(run, "reply", "嗯");
        Debrief.StepDetail last = review.debrief(run).steps().getLast();
        Debrief.PointsLine line = last.points().getFirst();
        signInAs(trainer);
        refused(() -> review.override(last.stepId(), line.competence(), line.possible() + 1, "太高"), "roleplay.override-range",
                -10, line.possible());
        refused(() -> review.override(last.stepId(), line.competence(), 1, "理".repeat(StepReview.MAX_COMMENT_LENGTH + 1)),
                "roleplay.review-too-long", StepReview.MAX_COMMENT_LENGTH);
        refused(() -> review.comment(last.stepId(), "好\u007F"), "form.bad-characters", 2, "U+007F");
        assertThat(review.debrief(run).steps().getLast().points().getFirst().overridden()).isNull();
        assertThat(review.debrief(run).steps().getLast().reviews()).isEmpty();

        review.override(last.stepId(), line.competence(), line.possible(), "理".repeat(StepReview.MAX_COMMENT_LENGTH));
        assertThat(review.debrief(run).steps().getLast().points().getFirst().overridden()).isEqualTo(line.possible());
    }

    @Test
    void a_new_scenario_id_must_be_a_plain_lower_case_name() {
        signInAs(trainer);
        for (String bad : new String[] {"Upper", "with space", "a/b", "new", "-lead", "x".repeat(101), "场景", ""}) {
            refused(() -> authoring.create(bad, TestScenarios.CALL.replace("id: t\n", "id: " + bad + "\n")),
                    "roleplay.scenario-key-invalid", 100);
        }
        refused(() -> authoring.create(null, TestScenarios.CALL), "roleplay.scenario-key-invalid", 100);
    }

    private int steps(long run) {
        return jdbc.queryForObject("select count(*) from roleplay_step where run_id = ?", Integer.class, run);
    }
}
