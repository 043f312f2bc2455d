package org.kefuacademy.people;

import java.time.Clock;
import java.util.Optional;
import org.kefuacademy.people.domain.Account;
import org.kefuacademy.people.domain.AccountRepository;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.security.KefuUser;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account in the database and locks the account after too many
 * (ASVS V6.3 throttling); every attempt goes to the audit log. The lock itself is enforced at
 * sign-in by {@link AccountUserDetailsService} (Spring Security refuses a locked account before
 * checking the password). Listens to Spring Security's authentication events.
 */
@Component
class SignInAttempts {
    static final String AUDIT_SIGN_IN = "SIGN_IN";
    static final String AUDIT_SIGN_IN_FAILED = "SIGN_IN_FAILED";
    static final String AUDIT_ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    private static final int MAX_NAME_IN_LOG = 64;

    private final AccountRepository accounts;
    private final LockoutPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    SignInAttempts(AccountRepository accounts, LockoutPolicy policy, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** A wrong password (or an unknown user name: Spring Security does not tell them apart). */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        Optional<Account> account = find(event.getAuthentication());
        Long subject = account.map(Account::getId).orElse(null);
        audit.record(AUDIT_SIGN_IN_FAILED, subject, describe(event.getAuthentication(), account.isPresent() ? "wrong password" : "unknown user name"));
        if (account.isEmpty() || account.get().isLockedAt(clock.instant())) {
            // A wrong password while locked is refused anyway; counting it would only stretch the lock.
            return;
        }
        long id = subject;
        accounts.addFailedSignIn(id);
        if (accounts.lockIfReached(id, policy.maxFailures(), clock.instant().plus(policy.duration())) == 1) {
            audit.record(AUDIT_ACCOUNT_LOCKED, id, policy.maxFailures() + " failed sign-ins, locked for " + policy.minutes() + " min");
        }
    }

    /** Refused for another reason (locked, disabled): audited, not counted, so a lock does not grow. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return;
        }
        Long subject = find(event.getAuthentication()).map(Account::getId).orElse(null);
        audit.record(AUDIT_SIGN_IN_FAILED, subject, describe(event.getAuthentication(),
                event.getException().getClass().getSimpleName()));
    }

    /** Signed in: failures are forgotten; the audit line names the person as its actor. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof KefuUser user) || user.accountId() <= 0) {
            return;
        }
        accounts.clearFailedSignIns(user.accountId());
        SystemAuthentication.callAs(user, () -> {
            audit.record(AUDIT_SIGN_IN, user.accountId(), describe(event.getAuthentication(), "password"));
            return null;
        });
    }

    private Optional<Account> find(Authentication attempt) {
        String name = attempt.getName();
        return name == null || name.isBlank() ? Optional.empty() : accounts.findByUsername(name.trim());
    }

    /** Who tried, what happened and from which address (the typed name cut to a user name's length). */
    private static String describe(Authentication attempt, String what) {
        String name = attempt.getName() == null ? "" : attempt.getName().trim();
        if (name.length() > MAX_NAME_IN_LOG) {
            name = name.substring(0, MAX_NAME_IN_LOG);
        }
        String from = attempt.getDetails() instanceof WebAuthenticationDetails web ? " from " + web.getRemoteAddress() : "";
        return name + ": " + what + from;
    }
}
