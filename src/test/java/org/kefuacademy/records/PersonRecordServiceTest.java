package org.kefuacademy.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Person records: HR opens anyone's, a trainer only their own cohorts' trainees, trainees none; each opening audited. */
class PersonRecordServiceTest extends DatabaseTest {
    @Autowired
    PersonRecordService records;
    @Autowired
    CohortService cohorts;
    @Autowired
    AuditLog audit;

    @Test
    void a_trainer_opens_a_trainee_of_her_cohort_but_not_one_of_another_cohort_and_every_opening_is_audited() {
        AccountSummary trainerA = newAccount("讲师甲", Role.TRAINER);
        AccountSummary traineeA = newAccount("学员甲", Role.TRAINEE);
        AccountSummary traineeB = newAccount("学员乙", Role.TRAINEE);
        AccountSummary hr = newAccount("人事", Role.HR);
        signInAs(hr);
        cohorts.create(new CohortDraft(unique("甲批次"), LocalDate.of(2026, 11, 2), Set.of(traineeA.id()), Set.of(trainerA.id())));
        cohorts.create(new CohortDraft(unique("乙批次"), LocalDate.of(2026, 11, 2), Set.of(traineeB.id()), Set.of()));

        signInAs(trainerA);
        PersonRecord r = records.record(traineeA.id());
        assertThat(r.person().displayName()).isEqualTo("学员甲");
        assertThat(r.cohorts()).hasSize(1);
        assertThat(r.reading().modules()).isEqualTo(16);
        assertThat(r.finalResult().complete()).isFalse();
        assertThatThrownBy(() -> records.record(traineeB.id())).isInstanceOf(AccessDeniedException.class);

        signInAs(hr);
        assertThat(records.record(traineeB.id()).person().displayName()).isEqualTo("学员乙");

        signInAs(traineeA);
        assertThatThrownBy(() -> records.record(traineeA.id())).isInstanceOf(AccessDeniedException.class);

        signInAs(newAccount("管理员", Role.ADMIN));
        AuditLog.Filter viewsOfA = new AuditLog.Filter(traineeA.id(), null, AuditLog.VIEW_RECORD);
        AuditLog.Filter viewsOfB = new AuditLog.Filter(traineeB.id(), null, AuditLog.VIEW_RECORD);
        assertThat(audit.search(viewsOfA, 0, 10)).extracting(AuditLog.Line::action, AuditLog.Line::actorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditLog.VIEW_RECORD, trainerA.id()));
        assertThat(audit.search(viewsOfB, 0, 10)).extracting(AuditLog.Line::actorId).containsExactly(hr.id());
        assertThat(audit.count(viewsOfB)).isEqualTo(1);
        signInAs(hr);
        assertThatThrownBy(() -> audit.search(null, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
