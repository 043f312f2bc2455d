package org.kefuacademy.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.Refusals.refused;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.observation.domain.Observation;
import org.kefuacademy.observation.domain.ObservationItem;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The observation form's notes and scores: within the columns and the checklist's range, trimmed, refusals store nothing. */
class ObservationFormValidationTest extends DatabaseTest {
    @Autowired
    ObservationService observations;
    @Autowired
    CohortService cohorts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void notes_and_scores_are_checked_and_the_boundary_is_stored_trimmed() {
        AccountSummary trainee = newAccount("学员", Role.TRAINEE);
        AccountSummary trainer = newAccount("讲师", Role.TRAINER);
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("观察校验"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of(trainer.id())));
        signInAs(trainer);
        Checklist c = observations.checklists().stream().filter(x -> x.id().equals("mock-phone")).findFirst().orElseThrow();
        Map<Integer, Integer> scores = new HashMap<>();
        c.items().forEach(i -> scores.put(i.no(), i.max()));
        Checklist.Item first = c.items().getFirst();

        refused(() -> observations.record(trainee.id(), c.id(), scores, Map.of(first.no(), "记".repeat(ObservationItem.MAX_COMMENT_LENGTH + 1)),
                null), "observation.comment-too-long", ObservationItem.MAX_COMMENT_LENGTH);
        refused(() -> observations.record(trainee.id(), c.id(), scores, Map.of(), "总".repeat(Observation.MAX_COMMENT_LENGTH + 1)),
                "observation.comment-too-long", Observation.MAX_COMMENT_LENGTH);
        refused(() -> observations.record(trainee.id(), c.id(), scores, Map.of(first.no(), "接听\u0000"), null),
                "form.bad-characters", 3, "U+0000");
        Map<Integer, Integer> tooHigh = new HashMap<>(scores);
        tooHigh.put(first.no(), first.max() + 1);
        refused(() -> observations.record(trainee.id(), c.id(), tooHigh, Map.of(), null), "observation.item-range", first.no(), first.max());
        refused(() -> observations.record(trainee.id(), c.id(), null, null, null), "observation.item-missing", first.no(), first.text());
        assertThat(observations.of(trainee.id())).isEmpty();

        String note = "记".repeat(ObservationItem.MAX_COMMENT_LENGTH);
        long id = observations.record(trainee.id(), c.id(), scores, Map.of(first.no(), "  " + note + "\n"), "  ");
        assertThat(jdbc.queryForObject("select comment_text from observation_item where observation_id = ? and item_no = ?",
                String.class, id, first.no())).isEqualTo(note);
        assertThat(jdbc.queryForObject("select comment_text from observation where id = ?", String.class, id)).isNull();
    }
}
