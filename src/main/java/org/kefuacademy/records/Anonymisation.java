package org.kefuacademy.records;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymisation (匿名化): on request by HR or an administrator, who confirms by typing the person's
 * employee number or name; and by the retention rule for accounts disabled longer than
 * {@code kefu.retention.years}. Every {@link PersonalDataSource} runs in one transaction — all or
 * nothing — and the audit log gets one line (without the name). An anonymised person stays so.
 */
@Service
@Transactional
public class Anonymisation {
    private final List<PersonalDataSource> sources;
    private final AccountService accounts;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int retentionYears;

    Anonymisation(List<PersonalDataSource> sources, AccountService accounts, AuditLog audit, CurrentUser currentUser, Clock clock,
                  @Value("${kefu.retention.years:3}") int retentionYears) {
        this.sources = List.copyOf(sources);
        this.accounts = accounts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.retentionYears = retentionYears;
    }

    /** Anonymises the person if {@code confirmation} is their employee number or their name as shown. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId, String confirmation) {
        AccountSummary person = person(accountId);
        String typed = confirmation == null ? "" : confirmation.strip();
        boolean confirmed = !typed.isEmpty() && (typed.equals(person.displayName()) || typed.equals(person.employeeNo()));
        if (!confirmed) {
            throw new UserFacingException("privacy.confirm-mismatch");
        }
        if (person.id() == currentUser.accountId()) {
            throw new UserFacingException("privacy.not-yourself");
        }
        if (person.enabled() && person.hasRole(Role.ADMIN)) {
            throw new UserFacingException("privacy.admin-enabled");
        }
        run(accountId, "request");
    }

    /** How many years a disabled account's records are kept before the nightly job anonymises them. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public int retentionYears() {
        return retentionYears;
    }

    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public boolean isAnonymised(long accountId) {
        return accounts.isAnonymised(accountId);
    }

    /** Accounts due under the retention rule: disabled for longer than the retention period, not yet anonymised. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Long> dueForRetention(int limit) {
        return accounts.disabledBefore(retentionCutoff(), limit);
    }

    /** Anonymises one account the retention rule reached (checked again here, in its own transaction). */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymiseByRetention(long accountId) {
        if (accounts.disabledBefore(retentionCutoff(), Integer.MAX_VALUE).contains(accountId)) {
            run(accountId, "retention " + retentionYears + "y");
        }
    }

    private Instant retentionCutoff() {
        return ZonedDateTime.now(clock).minusYears(retentionYears).toInstant();
    }

    private void run(long accountId, String reason) {
        if (accounts.isAnonymised(accountId)) {
            throw new UserFacingException("privacy.already-anonymised", person(accountId).displayName());
        }
        for (PersonalDataSource source : sources) {
            source.anonymise(accountId);
        }
        audit.record(AuditLog.ANONYMISE, accountId, reason);
    }

    private AccountSummary person(long accountId) {
        return accounts.findAll(Set.of(accountId)).stream().findFirst()
                .orElseThrow(() -> new UserFacingException("account.not-found", accountId));
    }
}
