package org.kefuacademy.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
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

/** Recording observations: all items or nothing, each item evidence for its competences, each person only their own. */
class ObservationServiceTest extends DatabaseTest {
    @Autowired
    ObservationService observations;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CohortService cohorts;

    /** A trainer of a new cohort the trainee is in: trainers observe only their own cohorts' trainees. */
    private AccountSummary trainerOf(AccountSummary trainee) {
        AccountSummary trainer = newAccount("讲师", Role.TRAINER);
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("观察批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of(trainer.id())));
        return trainer;
    }

    private Checklist phone() {
        return observations.checklists().stream().filter(c -> c.id().equals("mock-phone")).findFirst().orElseThrow();
    }

    @Test
    void a_full_observation_is_stored_with_its_items_and_becomes_evidence() {
        AccountSummary trainee = newAccount("学员", Role.TRAINEE);
        signInAs(trainerOf(trainee));
        Checklist c = phone();
        Map<Integer, Integer> scores = new HashMap<>();
        c.items().forEach(i -> scores.put(i.no(), i.max() - 1));
        long id = observations.record(trainee.id(), c.id(), scores, Map.of(1, "第二声就接起了"), "整体不错");
        assertThat(jdbc.queryForObject("select count(*) from observation_item where observation_id = ?", Integer.class, id))
                .isEqualTo(c.items().size());
        int expectedEvidence = c.items().stream().mapToInt(i -> i.competences().size()).sum();
        assertThat(jdbc.queryForObject("select count(*) from competence_evidence where account_id = ? and source_kind = 'OBSERVATION'",
                Integer.class, trainee.id())).isEqualTo(expectedEvidence);
        ObservationSummary s = observations.of(trainee.id()).getFirst();
        assertThat(s.earned()).isEqualTo(c.maxPoints() - c.items().size());
        assertThat(s.percent()).isEqualTo(Math.round(100f * s.earned() / c.maxPoints()));
        signInAs(trainee);
        assertThat(observations.of(trainee.id())).hasSize(1);
        assertThatThrownBy(() -> observations.of(trainee.id() + 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> observations.record(trainee.id(), c.id(), scores, Map.of(), "")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_missing_or_out_of_range_score_stores_nothing() {
        AccountSummary trainee = newAccount("学员", Role.TRAINEE);
        signInAs(trainerOf(trainee));
        Checklist c = phone();
        Map<Integer, Integer> scores = new HashMap<>();
        c.items().forEach(i -> scores.put(i.no(), 1));
        scores.remove(3);
        assertThatThrownBy(() -> observations.record(trainee.id(), c.id(), scores, Map.of(), ""))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("observation.item-missing");
        scores.put(3, 99);
        assertThatThrownBy(() -> observations.record(trainee.id(), c.id(), scores, Map.of(), ""))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("observation.item-range");
        assertThat(jdbc.queryForObject("select count(*) from observation where account_id = ?", Integer.class, trainee.id())).isZero();
    }
}
