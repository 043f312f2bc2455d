package org.kefuacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.security.KefuUser;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

/** Throttling of password guessing: lockout after repeated failures, counted in the database and audited. */
class SignInLockoutTest extends DatabaseTest {
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    AuditLog audit;
    @Autowired
    LockoutPolicy policy;

    private AuthenticationManager manager;

    @BeforeEach
    void theApplicationsOwnAuthenticationManager() throws Exception {
        // The manager the login form uses: it publishes the authentication events the lockout counts.
        manager = authenticationConfiguration.getAuthenticationManager();
        clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
    }

    private Authentication signIn(String username, String password) {
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong-" + username)).isInstanceOf(BadCredentialsException.class);
        }
    }

    private List<AuditLog.Line> audited(long subject, String action) {
        signInAs(newAccount("审计员", Role.ADMIN));
        try {
            return audit.search(new AuditLog.Filter(subject, null, action), 0, 50);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void the_default_policy_is_five_failures_and_fifteen_minutes() {
        assertThat(policy.maxFailures()).isEqualTo(5);
        assertThat(policy.minutes()).isEqualTo(15);
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_until_the_lock_runs_out() {
        AccountSummary trainee = newAccount("林静", Role.TRAINEE);
        failTimes(trainee.username(), 4);
        assertThat(signIn(trainee.username(), PASSWORD).isAuthenticated()).as("four failures do not lock").isTrue();

        failTimes(trainee.username(), 5);
        assertThatThrownBy(() -> signIn(trainee.username(), PASSWORD)).isInstanceOf(LockedException.class);
        clock.advanceSeconds(14 * 60);
        assertThatThrownBy(() -> signIn(trainee.username(), PASSWORD)).as("still locked after 14 minutes")
                .isInstanceOf(LockedException.class);

        clock.advanceSeconds(61);
        assertThat(signIn(trainee.username(), PASSWORD).isAuthenticated()).isTrue();
        failTimes(trainee.username(), 4);
        assertThat(signIn(trainee.username(), PASSWORD).isAuthenticated()).as("the count starts again after the lock").isTrue();
    }

    @Test
    void a_locked_account_compares_the_password_first_and_wrong_passwords_do_not_stretch_the_lock() {
        AccountSummary trainee = newAccount("郑敏", Role.TRAINEE);
        failTimes(trainee.username(), 5);

        clock.advanceSeconds(10 * 60);
        // Bad credentials, not "locked": the hash was compared before the lock was looked at.
        failTimes(trainee.username(), 6);
        assertThatThrownBy(() -> signIn(trainee.username(), PASSWORD)).isInstanceOf(LockedException.class);

        clock.advanceSeconds(5 * 60 + 1);
        assertThat(signIn(trainee.username(), PASSWORD).isAuthenticated()).as("the lock ends 15 minutes after it began").isTrue();
    }

    @Test
    void every_failure_the_lock_and_the_successes_are_audited_with_the_account_as_subject() {
        AccountSummary trainee = newAccount("郑凯", Role.TRAINEE);
        signIn(trainee.username(), PASSWORD);
        failTimes(trainee.username(), 5);
        assertThatThrownBy(() -> signIn(trainee.username(), PASSWORD)).isInstanceOf(LockedException.class);

        List<AuditLog.Line> failures = audited(trainee.id(), SignInAttempts.AUDIT_SIGN_IN_FAILED);
        assertThat(failures).hasSize(6).allSatisfy(l -> assertThat(l.actorId()).as("no one is signed in: the system").isZero());
        assertThat(failures).filteredOn(l -> l.detail().contains("wrong password")).hasSize(5);
        assertThat(failures).filteredOn(l -> l.detail().contains("LockedException")).hasSize(1);
        assertThat(audited(trainee.id(), SignInAttempts.AUDIT_ACCOUNT_LOCKED)).hasSize(1);
        assertThat(audited(trainee.id(), SignInAttempts.AUDIT_SIGN_IN)).singleElement()
                .satisfies(l -> assertThat(l.actorId()).as("a success is the person's own").isEqualTo(trainee.id()));
    }

    @Test
    void an_unknown_user_name_is_refused_like_a_wrong_password_and_audited_without_subject() {
        String nobody = unique("nobody");
        failTimes(nobody, 6);
        signInAs(newAccount("审计员", Role.ADMIN));
        assertThat(audit.search(new AuditLog.Filter(null, null, SignInAttempts.AUDIT_SIGN_IN_FAILED), 0, 200))
                .filteredOn(l -> l.detail().startsWith(nobody + ":"))
                .hasSize(6).allSatisfy(l -> assertThat(l.subjectAccountId()).isNull());
    }

    @Test
    void an_administrator_unlocks_and_that_is_audited_a_trainee_may_not() {
        AccountSummary trainee = newAccount("何雨", Role.TRAINEE);
        AccountSummary admin = newAccount("管理员", Role.ADMIN);
        failTimes(trainee.username(), 5);

        signInAs(trainee);
        assertThatThrownBy(() -> accountService.unlock(trainee.id())).isInstanceOf(AccessDeniedException.class);
        signInAs(admin);
        assertThat(accountService.lockedUntil(trainee.id())).contains(clock.instant().plusSeconds(15 * 60));
        accountService.unlock(trainee.id());
        assertThat(accountService.lockedUntil(trainee.id())).isEmpty();
        assertThat(audit.search(new AuditLog.Filter(trainee.id(), admin.id(), AccountService.AUDIT_UNLOCK), 0, 10)).hasSize(1);

        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        Authentication auth = signIn(trainee.username(), PASSWORD);
        assertThat(((KefuUser) auth.getPrincipal()).accountId()).isEqualTo(trainee.id());
    }
}
