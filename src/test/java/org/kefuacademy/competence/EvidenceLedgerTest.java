package org.kefuacademy.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.assessment.AnswerGraded;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Role;
import org.kefuacademy.roleplay.RoleplayService;
import org.kefuacademy.roleplay.RunReviewService;
import org.kefuacademy.roleplay.ScenarioAuthoring;
import org.kefuacademy.roleplay.engine.TestScenarios;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The evidence ledger fills from graded answers and role-play steps; profiles and heatmaps are computed from it. */
class EvidenceLedgerTest extends DatabaseTest {
    @Autowired
    CompetenceService competences;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CohortService cohorts;
    @Autowired
    RoleplayService roleplay;
    @Autowired
    RunReviewService review;
    @Autowired
    ScenarioAuthoring authoring;

    private AccountSummary trainee;

    @BeforeEach
    void aTrainee() {
        clock.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
        trainee = newAccount("证据学员", Role.TRAINEE);
    }

    private void graded(long attempt, String question, double earned, int max, Competence... tagged) {
        transactions.executeWithoutResult(s -> events.publishEvent(new AnswerGraded(attempt, trainee.id(), "assessment-week2",
                question, List.of(tagged), earned, max, clock.instant())));
    }

    private int rows(String sourceKind) {
        return jdbc.queryForObject("select count(*) from competence_evidence where account_id = ? and source_kind = ?",
                Integer.class, trainee.id(), sourceKind);
    }

    @Test
    void a_graded_answer_becomes_evidence_for_each_competence_it_is_tagged_with_and_a_regrade_replaces_it() {
        graded(9001, "w2d4-001", 1, 2, Competence.COMPLAINTS, Competence.COMMUNICATION);
        assertThat(rows("QUESTION")).isEqualTo(2);
        graded(9001, "w2d4-001", 2, 2, Competence.COMPLAINTS, Competence.COMMUNICATION);
        assertThat(rows("QUESTION")).as("regrade replaces, never doubles").isEqualTo(2);
        signInAs(trainee);
        CompetenceStanding complaints = competences.myProfile().standings().stream()
                .filter(s -> s.competence() == Competence.COMPLAINTS).findFirst().orElseThrow();
        assertThat(complaints.items()).isEqualTo(1);
        assertThat(complaints.percent()).isEqualTo(100);
        assertThat(complaints.evidence().getFirst().item().label()).isEqualTo("assessment-week2 · w2d4-001");
    }

    @Test
    void role_play_steps_become_evidence_and_an_override_replaces_the_steps_figure() {
        AccountSummary trainer = newAccount("讲师", Role.TRAINER);
        signInAs(newAccount("人事", Role.HR)); // trainers review only their own cohorts' runs
        cohorts.create(new CohortDraft(unique("证据批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of(trainer.id())));
        String key = "ev-" + unique("s").replace('.', '-').toLowerCase();
        signInAs(trainer);
        authoring.create(key, TestScenarios.CALL.replace("id: t\n", "id: " + key + "\n"));
        signInAs(trainee);
        long run = roleplay.start(key, false);
        roleplay.choose(run, "ring", 1);   // etiquette -2; communication 0/2; service-attitude 0/1
        assertThat(rows("ROLEPLAY")).isEqualTo(3);
        Integer earned = jdbc.queryForObject("select earned from competence_evidence where account_id = ? and competence = 'etiquette'",
                Integer.class, trainee.id());
        assertThat(earned).isEqualTo(-2);
        long step = review.debrief(run).steps().getFirst().stepId();
        signInAs(trainer);
        review.override(step, Competence.COMMUNICATION, 1, "其实有问候，只是声音太小");
        assertThat(rows("ROLEPLAY")).isEqualTo(3);
        assertThat(jdbc.queryForObject("select earned from competence_evidence where account_id = ? and competence = 'communication'",
                Integer.class, trainee.id())).isEqualTo(1);
    }

    @Test
    void the_cohort_heatmap_agrees_with_each_persons_profile() {
        signInAs(newAccount("人事", Role.HR));
        long cohort = cohorts.create(new CohortDraft(unique("热力图批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of()));
        for (int i = 0; i < 6; i++) {
            clock.setTo(LocalDateTime.of(2026, 11, 2 + 3 * i, 10, 0));
            graded(9100 + i, "w3d3-00" + i, i % 2 == 0 ? 2 : 1, 2, Competence.EMERGENCY);
        }
        clock.setTo(LocalDateTime.of(2026, 11, 27, 10, 0));
        CohortHeatmap map = competences.heatmap(cohort);
        assertThat(map.rows()).hasSize(1);
        CompetenceStanding fromMap = map.rows().getFirst().standings().stream()
                .filter(s -> s.competence() == Competence.EMERGENCY).findFirst().orElseThrow();
        CompetenceStanding fromProfile = competences.profileOf(trainee.id(), "x").standings().stream()
                .filter(s -> s.competence() == Competence.EMERGENCY).findFirst().orElseThrow();
        assertThat(fromMap.items()).isEqualTo(6);
        assertThat(fromMap.percent()).isEqualTo(fromProfile.percent());
        assertThat(fromMap.weightedPossible()).isCloseTo(fromProfile.weightedPossible(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(fromMap.level()).isEqualTo(fromProfile.level());
        assertThat(map.weakest()).extracting(CohortHeatmap.Weak::competence).containsExactly(Competence.EMERGENCY);
    }

    @Test
    void a_trainee_sees_only_her_own_profile() {
        signInAs(trainee);
        assertThatThrownBy(() -> competences.profileOf(trainee.id() + 1, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> competences.heatmap(1)).isInstanceOf(AccessDeniedException.class);
        assertThat(competences.myProfile().accountId()).isEqualTo(trainee.id());
    }
}
