package org.kefuacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class CohortServiceTest extends DatabaseTest {
    @Autowired
    CohortService cohorts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hr_creates_a_cohort_with_trainees_and_trainers_and_the_list_counts_them() {
        AccountSummary t1 = newAccount("李晓雯", Role.TRAINEE);
        AccountSummary t2 = newAccount("陈浩", Role.TRAINEE);
        AccountSummary trainer = newAccount("王建国", Role.TRAINER);
        signInAs(newAccount("赵敏", Role.HR));
        String name = unique("2026年11月批次");

        long id = cohorts.create(new CohortDraft(name, LocalDate.of(2026, 11, 2), Set.of(t1.id(), t2.id()), Set.of(trainer.id())));

        CohortSummary row = cohorts.search(name, PageRequest.of(0, 10)).getFirst();
        assertThat(row.id()).isEqualTo(id);
        assertThat(row.traineeCount()).isEqualTo(2);
        assertThat(row.trainerCount()).isEqualTo(1);
        CohortDraft loaded = cohorts.load(id);
        assertThat(loaded.traineeIds()).containsExactlyInAnyOrder(t1.id(), t2.id());
        assertThat(loaded.trainerIds()).containsExactly(trainer.id());
    }

    @Test
    void members_see_their_cohort_and_where_it_stands_today() {
        AccountSummary trainee = newAccount("周婷", Role.TRAINEE);
        AccountSummary trainer = newAccount("孙丽华", Role.TRAINER);
        signInAs(newAccount("人事", Role.HR));
        LocalDate start = LocalDate.now(clock).minusWeeks(5);
        String name = unique("往期批次");
        AccountSummary classmate = newAccount("钱雨", Role.TRAINEE);
        cohorts.create(new CohortDraft(name, start, Set.of(trainee.id(), classmate.id()), Set.of(trainer.id())));

        signInAs(trainee);
        List<MyCohort> mine = cohorts.mine();
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().cohort().name()).isEqualTo(name);
        assertThat(mine.getFirst().cohort().traineeCount()).isEqualTo(2);
        assertThat(mine.getFirst().cohort().trainerCount()).isEqualTo(1);
        assertThat(mine.getFirst().trainerNames()).containsExactly("孙丽华");
        assertThat(mine.getFirst().asTrainer()).isFalse();
        assertThat(mine.getFirst().today().phase()).isEqualTo(TrainingCalendar.Phase.FINISHED);

        signInAs(trainer);
        assertThat(cohorts.mine()).singleElement().satisfies(c -> assertThat(c.asTrainer()).isTrue());
    }

    @Test
    void the_assessment_rule_is_kept_per_cohort_and_members_see_it() {
        AccountSummary trainee = newAccount("规则学员", Role.TRAINEE);
        signInAs(newAccount("人事", Role.HR));
        long strict = cohorts.create(new CohortDraft(unique("严格批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()),
                Set.of(), true));
        long relaxed = cohorts.create(new CohortDraft(unique("宽松批次"), LocalDate.of(2026, 11, 2), Set.of(), Set.of()));
        assertThat(cohorts.load(strict).assessmentNeedsModules()).isTrue();
        assertThat(cohorts.load(relaxed).assessmentNeedsModules()).isFalse();

        CohortDraft changed = cohorts.load(strict);
        cohorts.update(strict, new CohortDraft(changed.name(), changed.startDate(), changed.traineeIds(), changed.trainerIds(), false));
        assertThat(cohorts.load(strict).assessmentNeedsModules()).isFalse();
        cohorts.update(strict, changed);
        signInAs(trainee);
        assertThat(cohorts.mine()).singleElement().satisfies(c -> assertThat(c.assessmentNeedsModules()).isTrue());
    }

    @Test
    void a_trainee_takes_part_in_one_cohort_at_a_time() {
        AccountSummary trainee = newAccount("吴俊杰", Role.TRAINEE);
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("一期"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of()));
        String second = unique("二期");

        assertThatThrownBy(() -> cohorts.create(new CohortDraft(second, LocalDate.of(2026, 12, 7), Set.of(trainee.id()), Set.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("cohort.trainee-elsewhere");
                    assertThat(e.arguments()[0]).isEqualTo("吴俊杰");
                });
        assertThat(cohorts.search(second, PageRequest.of(0, 10))).as("nothing half-created").isEmpty();
    }

    @Test
    void people_without_the_matching_role_cannot_join_and_nothing_changes() {
        AccountSummary trainee = newAccount("学员", Role.TRAINEE);
        AccountSummary notTrainer = newAccount("不是讲师", Role.TRAINEE);
        signInAs(newAccount("人事", Role.HR));
        String name = unique("批次");
        long id = cohorts.create(new CohortDraft(name, LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of()));

        assertThatThrownBy(() -> cohorts.update(id, new CohortDraft(name + "改", LocalDate.of(2026, 11, 9), Set.of(),
                Set.of(notTrainer.id()))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.not-a-trainer"));

        CohortDraft unchanged = cohorts.load(id);
        assertThat(unchanged.name()).isEqualTo(name);
        assertThat(unchanged.startDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(unchanged.traineeIds()).containsExactly(trainee.id());
    }

    @Test
    void cohort_names_are_unique_regardless_of_case() {
        signInAs(newAccount("人事", Role.HR));
        String name = unique("Cohort-A");
        cohorts.create(new CohortDraft(name, LocalDate.of(2026, 11, 2), Set.of(), Set.of()));
        assertThatThrownBy(() -> cohorts.create(new CohortDraft(name.toUpperCase(), LocalDate.of(2026, 11, 2), Set.of(), Set.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.name-taken"));
        assertThatThrownBy(() -> cohorts.create(new CohortDraft(" ", LocalDate.of(2026, 11, 2), Set.of(), Set.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.name-invalid"));
        assertThatThrownBy(() -> cohorts.create(new CohortDraft(unique("无日期"), null, Set.of(), Set.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.start-required"));
    }

    @Test
    void trainees_and_trainers_cannot_create_or_edit_cohorts() {
        for (Role role : new Role[] {Role.TRAINEE, Role.TRAINER}) {
            signInAs(newAccount("无权", role));
            assertThatThrownBy(() -> cohorts.create(new CohortDraft(unique("x"), LocalDate.of(2026, 11, 2), Set.of(), Set.of())))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cohorts.load(1L)).isInstanceOf(AccessDeniedException.class);
        }
        signInAs(newAccount("学员", Role.TRAINEE));
        assertThatThrownBy(() -> cohorts.search("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }
}
