package org.kefuacademy.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The retention rule: an account disabled for longer than kefu.retention.years (3) is anonymised overnight, by the system. */
class RetentionJobTest extends DatabaseTest {
    @Autowired
    RetentionJob job;
    @Autowired
    Anonymisation anonymisation;
    @Autowired
    AuditLog audit;

    @Test
    void accounts_disabled_for_longer_than_the_retention_period_are_anonymised_and_the_rest_are_left_alone() {
        AccountSummary admin = newAccount("管理员" + unique("r"), Role.ADMIN);
        AccountSummary left = newAccount("离职" + unique("甲"), Role.TRAINEE);
        AccountSummary recent = newAccount("离职" + unique("乙"), Role.TRAINEE);
        AccountSummary active = newAccount("在职" + unique("丙"), Role.TRAINEE);
        signInAs(admin);
        clock.setTo(LocalDateTime.of(2026, 3, 1, 18, 0));
        accountService.setEnabled(left.id(), false);
        clock.setTo(LocalDateTime.of(2027, 6, 1, 18, 0));
        accountService.setEnabled(recent.id(), false);

        clock.setTo(LocalDateTime.of(2029, 2, 28, 3, 0));
        job.run();
        assertThat(anonymisation.isAnonymised(left.id())).as("disabled 2 years 364 days ago").isFalse();

        clock.setTo(LocalDateTime.of(2029, 3, 2, 3, 0));
        assertThat(job.run()).isGreaterThanOrEqualTo(1);
        assertThat(anonymisation.isAnonymised(left.id())).isTrue();
        assertThat(anonymisation.isAnonymised(recent.id())).isFalse();
        assertThat(anonymisation.isAnonymised(active.id())).isFalse();
        AccountSummary shell = SystemAuthentication.callAsSystem(() -> accountService.get(left.id()));
        assertThat(shell.displayName()).isEqualTo("已匿名 #" + left.id()).doesNotContain(left.displayName());
        assertThat(shell.username()).isNotEqualTo(left.username());
        assertThat(audit.search(left.id(), null, 0, 10)).filteredOn(l -> l.action().equals(AuditLog.ANONYMISE))
                .extracting(AuditLog.Line::actorId, AuditLog.Line::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SystemAuthentication.SYSTEM_ACCOUNT_ID, "retention 3y"));

        assertThat(job.run()).as("nothing left to do a second night for these").isZero();
        assertThat(audit.count(new AuditLog.Filter(left.id(), null, AuditLog.ANONYMISE))).isEqualTo(1);
    }
}
