package org.kefuacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Transfers and withdrawals: the trainee's place moves or ends, the old row stays with the reason, and access follows. */
class CohortMembershipTest extends DatabaseTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    @Autowired
    CohortService cohorts;
    @Autowired
    AuditLog audit;

    private AccountSummary hr;
    private AccountSummary trainee;
    private AccountSummary other;
    private AccountSummary trainerA;
    private AccountSummary trainerB;
    private long cohortA;
    private long cohortB;

    private void twoCohorts() {
        trainee = newAccount("转出学员", Role.TRAINEE);
        other = newAccount("留下学员", Role.TRAINEE);
        trainerA = newAccount("甲批讲师", Role.TRAINER);
        trainerB = newAccount("乙批讲师", Role.TRAINER);
        hr = newAccount("人事专员", Role.HR);
        signInAs(hr);
        cohortA = cohorts.create(new CohortDraft(unique("甲批"), START, Set.of(trainee.id(), other.id()), Set.of(trainerA.id())));
        cohortB = cohorts.create(new CohortDraft(unique("乙批"), START.plusWeeks(1), Set.of(), Set.of(trainerB.id())));
    }

    @Test
    void a_transfer_moves_the_trainee_keeps_the_old_row_with_the_reason_and_hands_over_to_the_new_trainers() {
        twoCohorts();

        cohorts.transfer(cohortA, trainee.id(), cohortB, "  排班冲突，改参加下一期  ");

        assertThat(cohorts.trainees(cohortA)).extracting(AccountSummary::id).containsExactly(other.id());
        assertThat(cohorts.trainees(cohortB)).extracting(AccountSummary::id).containsExactly(trainee.id());
        assertThat(cohorts.readable(cohortA).traineeCount()).isEqualTo(1);
        assertThat(cohorts.traineeHistory(cohortA)).filteredOn(m -> m.accountId() == trainee.id()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("TRANSFERRED");
            assertThat(m.reason()).isEqualTo("排班冲突，改参加下一期");
            assertThat(m.leftOn()).isEqualTo(LocalDate.now(clock));
        });
        assertThat(cohorts.membershipsOf(trainee.id())).extracting(Membership::status).containsExactly("TRANSFERRED", "ACTIVE");
        assertThat(cohorts.cohortsOf(trainee.id())).extracting(CohortSummary::id).containsExactly(cohortB);
        assertThat(cohorts.trains(trainerA.id(), trainee.id())).isFalse();
        assertThat(cohorts.trains(trainerB.id(), trainee.id())).isTrue();
        signInAs(newAccount("管理员", Role.ADMIN));
        assertThat(audit.search(trainee.id(), hr.id(), 0, 10)).extracting(AuditLog.Line::action).contains(CohortService.AUDIT_TRANSFER);

        signInAs(trainee);
        assertThat(cohorts.mine()).singleElement().satisfies(c -> assertThat(c.cohort().id()).isEqualTo(cohortB));
    }

    @Test
    void a_withdrawal_ends_the_place_but_the_trainer_still_reads_the_record_and_editing_keeps_the_row() {
        twoCohorts();

        cohorts.withdraw(cohortA, trainee.id(), "试用期内离职");

        assertThat(cohorts.trainees(cohortA)).extracting(AccountSummary::id).containsExactly(other.id());
        assertThat(cohorts.trains(trainerA.id(), trainee.id())).isTrue();
        assertThat(cohorts.search(cohorts.readable(cohortA).name(), PageRequest.of(0, 5)).getFirst().traineeCount()).isEqualTo(1);
        CohortDraft draft = cohorts.load(cohortA);
        assertThat(draft.traineeIds()).containsExactly(other.id());
        cohorts.update(cohortA, draft);
        assertThat(cohorts.traineeHistory(cohortA)).extracting(Membership::accountId, Membership::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(other.id(), "ACTIVE"),
                        org.assertj.core.groups.Tuple.tuple(trainee.id(), "WITHDRAWN"));
        signInAs(trainee);
        assertThat(cohorts.mine()).isEmpty();

        signInAs(hr);
        cohorts.update(cohortA, new CohortDraft(draft.name(), draft.startDate(), Set.of(other.id(), trainee.id()), draft.trainerIds()));
        assertThat(cohorts.traineeHistory(cohortA)).allSatisfy(m -> assertThat(m.status()).isEqualTo("ACTIVE"));
    }

    @Test
    void without_a_reason_or_to_the_same_cohort_nothing_changes() {
        twoCohorts();

        assertThatThrownBy(() -> cohorts.withdraw(cohortA, trainee.id(), "  ")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("cohort.reason-required");
        assertThatThrownBy(() -> cohorts.transfer(cohortA, trainee.id(), cohortB, "x".repeat(501)))
                .hasMessageContaining("cohort.reason-required");
        assertThatThrownBy(() -> cohorts.transfer(cohortA, trainee.id(), cohortA, "调整")).hasMessageContaining("cohort.transfer-same");
        assertThatThrownBy(() -> cohorts.withdraw(cohortB, trainee.id(), "离职")).hasMessageContaining("cohort.not-a-member");

        assertThat(cohorts.traineeHistory(cohortA)).allSatisfy(m -> assertThat(m.status()).isEqualTo("ACTIVE"));
        assertThat(cohorts.trainees(cohortB)).isEmpty();
    }

    @Test
    void a_trainee_transferred_away_cannot_be_put_back_while_active_elsewhere() {
        twoCohorts();
        cohorts.transfer(cohortA, trainee.id(), cohortB, "调到下一期");
        CohortDraft a = cohorts.load(cohortA);

        assertThatThrownBy(() -> cohorts.update(cohortA, new CohortDraft(a.name(), a.startDate(), Set.of(other.id(), trainee.id()),
                a.trainerIds()))).hasMessageContaining("cohort.trainee-elsewhere");
    }

    @Test
    void trainers_and_trainees_cannot_move_people() {
        twoCohorts();
        signInAs(trainerA);
        assertThatThrownBy(() -> cohorts.transfer(cohortA, trainee.id(), cohortB, "想调走")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.traineeHistory(cohortA)).isInstanceOf(AccessDeniedException.class);
        signInAs(trainee);
        assertThatThrownBy(() -> cohorts.withdraw(cohortA, trainee.id(), "不学了")).isInstanceOf(AccessDeniedException.class);

        signInAs(hr);
        assertThat(cohorts.trainees(cohortA)).hasSize(2);
    }

    @Test
    void creating_and_changing_a_cohort_is_audited() {
        twoCohorts();
        CohortDraft a = cohorts.load(cohortA);
        cohorts.update(cohortA, new CohortDraft(a.name(), a.startDate().plusDays(7), a.traineeIds(), a.trainerIds()));

        signInAs(newAccount("管理员", Role.ADMIN));
        assertThat(audit.search(new AuditLog.Filter(null, hr.id(), null), 0, 10)).extracting(AuditLog.Line::action)
                .containsExactly(CohortService.AUDIT_UPDATE, CohortService.AUDIT_CREATE, CohortService.AUDIT_CREATE);
        assertThat(audit.search(new AuditLog.Filter(null, hr.id(), CohortService.AUDIT_UPDATE), 0, 10)).singleElement()
                .satisfies(l -> assertThat(l.detail()).contains(a.name(), a.startDate().plusDays(7).toString()));
    }
}
