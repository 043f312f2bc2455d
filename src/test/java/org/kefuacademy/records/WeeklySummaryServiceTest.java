package org.kefuacademy.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
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

/** Weekly summaries: due on each week's last training day, late and overdue marked, commented by the cohort's trainers. */
class WeeklySummaryServiceTest extends DatabaseTest {
    @Autowired
    WeeklySummaryService summaries;
    @Autowired
    CohortService cohorts;

    private AccountSummary trainee;
    private AccountSummary trainer;
    private long cohort;

    @BeforeEach
    void aCohortStartingMondaySecondOfNovember() {
        trainee = newAccount("小结学员", Role.TRAINEE);
        trainer = newAccount("小结讲师", Role.TRAINER);
        signInAs(newAccount("人事", Role.HR));
        cohort = cohorts.create(new CohortDraft(unique("小结批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of(trainer.id())));
    }

    @Test
    void weeks_open_as_they_start_and_a_missed_week_becomes_overdue() {
        clock.setTo(LocalDateTime.of(2026, 11, 5, 17, 0));   // Thursday of week 1: its due day
        signInAs(trainee);
        assertThat(summaries.mine()).extracting(SummaryWeek::state).containsExactly(SummaryWeek.State.OPEN,
                SummaryWeek.State.NOT_DUE, SummaryWeek.State.NOT_DUE, SummaryWeek.State.NOT_DUE);
        assertThat(summaries.mine().getFirst().dueOn()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThatThrownBy(() -> summaries.write(2, "提前写")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> summaries.write(1, "  ")).isInstanceOf(UserFacingException.class);
        summaries.write(1, "第一周学了公司和岗位。");
        clock.setTo(LocalDateTime.of(2026, 11, 16, 9, 0));  // week 3 has begun; week 2 was due on the 12th
        assertThat(summaries.mine()).extracting(SummaryWeek::state).containsExactly(SummaryWeek.State.SUBMITTED,
                SummaryWeek.State.OVERDUE, SummaryWeek.State.OPEN, SummaryWeek.State.NOT_DUE);
        summaries.write(2, "补交第二周。");
        assertThat(summaries.mine().get(1).state()).isEqualTo(SummaryWeek.State.SUBMITTED_LATE);
        summaries.write(1, "第一周改写后的小结。");
        assertThat(summaries.mine().getFirst().body()).isEqualTo("第一周改写后的小结。");
    }

    @Test
    void the_cohorts_trainer_comments_and_another_trainer_cannot_read_it() {
        clock.setTo(LocalDateTime.of(2026, 11, 6, 9, 0));
        signInAs(trainee);
        long id = summaries.write(1, "第一周的小结。").summaryId();
        signInAs(trainer);
        assertThat(summaries.ofCohort(cohort)).hasSize(4).first().extracting(SummaryWeek::body).isEqualTo("第一周的小结。");
        summaries.comment(id, "写得具体，继续保持。");
        signInAs(trainee);
        assertThat(summaries.mine().getFirst().comment()).isEqualTo("写得具体，继续保持。");
        signInAs(newAccount("别的讲师", Role.TRAINER));
        assertThatThrownBy(() -> summaries.ofCohort(cohort)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.comment(id, "越权")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void after_a_transfer_the_record_keeps_what_was_written_in_the_old_cohort_and_no_overdue_weeks_from_it() {
        clock.setTo(LocalDateTime.of(2026, 11, 6, 9, 0));
        signInAs(trainee);
        summaries.write(1, "第一周在原批次写的小结。");
        AccountSummary hr = newAccount("人事", Role.HR);
        signInAs(hr);
        long next = cohorts.create(new CohortDraft(unique("下一期"), LocalDate.of(2026, 11, 16), Set.of(), Set.of()));
        cohorts.transfer(cohort, trainee.id(), next, "家中有事，改参加下一期");
        clock.setTo(LocalDateTime.of(2026, 11, 27, 9, 0));

        var record = summaries.ofPerson(trainee.id(), "小结学员");
        assertThat(record).filteredOn(w -> w.cohortId() == cohort).singleElement()
                .satisfies(w -> assertThat(w.body()).isEqualTo("第一周在原批次写的小结。"));
        assertThat(record).filteredOn(w -> w.cohortId() == next).hasSize(4);
        signInAs(trainer);
        assertThatThrownBy(() -> summaries.ofPerson(trainee.id(), "小结学员")).as("no longer the trainer's trainee")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.membershipsOf(trainee.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.cohortsOf(trainee.id())).isInstanceOf(AccessDeniedException.class);
    }
}
