package org.kefuacademy.people;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kefuacademy.people.domain.Account;
import org.kefuacademy.people.domain.AccountRepository;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.security.ActiveSessions;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: the administrator manages them; everyone may read and change their own. */
@Service
@Transactional
public class AccountService {
    public static final String AUDIT_CREATE = "CREATE_ACCOUNT";
    public static final String AUDIT_UPDATE = "UPDATE_ACCOUNT";
    public static final String AUDIT_ENABLE = "ENABLE_ACCOUNT";
    public static final String AUDIT_DISABLE = "DISABLE_ACCOUNT";
    public static final String AUDIT_RESET_PASSWORD = "RESET_PASSWORD";
    public static final String AUDIT_UNLOCK = "UNLOCK_ACCOUNT";
    public static final String AUDIT_END_SESSIONS = "END_SESSIONS";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ActiveSessions sessions;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, CurrentUser currentUser,
                   Clock clock, ActiveSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<AccountSummary> search(String filter, Pageable page) {
        return accounts.search(normalise(filter), page).map(AccountService::summary).getContent();
    }

    /** People holding a role, for HR's pickers such as a cohort's trainees and trainers (trainers see only their cohorts'). */
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Transactional(readOnly = true)
    public List<AccountSummary> searchByRole(Role role, String filter, Pageable page) {
        return accounts.searchByRole(role, normalise(filter), page).map(AccountService::summary).getContent();
    }

    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.TRAINER})
    @Transactional(readOnly = true)
    public List<AccountSummary> findAll(Set<Long> ids) {
        return accounts.findByIdIn(ids).stream().map(AccountService::summary).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public AccountSummary get(long id) {
        return summary(load(id));
    }

    /** The signed-in person's own account. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public AccountSummary me() {
        return summary(load(currentUser.accountId()));
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountSummary create(AccountDraft draft, String initialPassword) {
        return createChecked(draft, initialPassword);
    }

    /**
     * The creation itself, for services of this package that check their own callers' roles (roster
     * import, whose generated passwords are temporary).
     */
    AccountSummary createWithTemporaryPassword(AccountDraft draft, String initialPassword) {
        AccountSummary created = createChecked(draft, initialPassword);
        Account account = load(created.id());
        account.setTemporaryPasswordHash(account.getPasswordHash(), clock.instant());
        return created;
    }

    private AccountSummary createChecked(AccountDraft draft, String initialPassword) {
        AccountValidation.check(draft);
        if (accounts.existsByUsername(draft.username().trim())) {
            throw new UserFacingException("account.username-taken", draft.username().trim());
        }
        PasswordPolicy.check(initialPassword, draft.username());
        Account account = new Account(draft.username().trim(), draft.displayName().strip(),
                passwordEncoder.encode(initialPassword), draft.roles(), clock.instant());
        account.updateProfile(draft.displayName().strip(), blankToNull(draft.employeeNo()),
                blankToNull(draft.phone()), blankToNull(draft.email()), clock.instant());
        account = accounts.save(account);
        audit.record(AUDIT_CREATE, account.getId(), account.getUsername() + " " + draft.roles());
        return summary(account);
    }

    /** Changes profile and roles; the user name is fixed once created. */
    @RolesAllowed(Roles.ADMIN)
    public AccountSummary update(long id, AccountDraft draft) {
        Account account = load(id);
        refuseIfAnonymised(account);
        AccountValidation.check(new AccountDraft(account.getUsername(), draft.displayName(), draft.roles(),
                draft.employeeNo(), draft.phone(), draft.email()));
        if (account.hasRole(Role.ADMIN) && !draft.roles().contains(Role.ADMIN)) {
            requireAnotherEnabledAdmin(account);
        }
        account.updateProfile(draft.displayName().strip(), blankToNull(draft.employeeNo()),
                blankToNull(draft.phone()), blankToNull(draft.email()), clock.instant());
        Set<Role> before = account.getRoles();
        account.changeRoles(draft.roles(), clock.instant());
        audit.record(AUDIT_UPDATE, id, before.equals(draft.roles()) ? account.getUsername() : account.getUsername() + " " + before + " → " + draft.roles());
        return summary(account);
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountSummary setEnabled(long id, boolean enabled) {
        Account account = load(id);
        refuseIfAnonymised(account);
        if (!enabled && account.isEnabled() && account.hasRole(Role.ADMIN)) {
            requireAnotherEnabledAdmin(account);
        }
        account.setEnabled(enabled, clock.instant());
        if (enabled) {
            audit.record(AUDIT_ENABLE, id, account.getUsername());
        } else {
            // A disabled person is signed out at once, not when their session happens to time out.
            audit.record(AUDIT_DISABLE, id, account.getUsername() + ", sessions ended: " + sessions.endSessionsOf(id));
        }
        return summary(account);
    }

    /** Until when sign-in is refused after too many failures (empty: not locked). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(long id) {
        Account account = load(id);
        return account.isLockedAt(clock.instant()) ? Optional.of(account.getLockedUntil()) : Optional.empty();
    }

    /** Lifts a lock from failed sign-ins (the person called the administrator) and forgets the failures. */
    @RolesAllowed(Roles.ADMIN)
    public void unlock(long id) {
        Account account = load(id);
        accounts.clearFailedSignIns(id);
        audit.record(AUDIT_UNLOCK, id, account.getUsername());
    }

    /** Signs the person out everywhere (a lost phone, a shared computer); returns how many sessions ended. */
    @RolesAllowed(Roles.ADMIN)
    public int endSessions(long id) {
        Account account = load(id);
        int ended = sessions.endSessionsOf(id);
        audit.record(AUDIT_END_SESSIONS, id, account.getUsername() + ": " + ended);
        return ended;
    }

    @RolesAllowed(Roles.ADMIN)
    public void resetPassword(long id, String newPassword) {
        Account account = load(id);
        PasswordPolicy.check(newPassword, account.getUsername());
        account.setTemporaryPasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        audit.record(AUDIT_RESET_PASSWORD, id, account.getUsername());
    }

    /** Whether the signed-in person still has a password someone else set (then they must change it first). */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser.find().filter(u -> u.accountId() > 0)
                .flatMap(u -> accounts.findById(u.accountId())).map(Account::isPasswordChangeRequired).orElse(false);
    }

    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = load(currentUser.accountId());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.current-wrong");
        }
        PasswordPolicy.check(newPassword, account.getUsername());
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
    }

    /** Whether the person was anonymised (PIPL): their account is then an empty shell that stays so. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public boolean isAnonymised(long id) {
        return load(id).isAnonymised();
    }

    /** Up to {@code limit} accounts disabled before {@code before} and not yet anonymised (the retention rule). */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Long> disabledBefore(java.time.Instant before, int limit) {
        return accounts.disabledBefore(before, org.springframework.data.domain.PageRequest.of(0, Math.max(1, limit)));
    }

    private static void refuseIfAnonymised(Account account) {
        if (account.isAnonymised()) {
            throw new UserFacingException("privacy.already-anonymised", account.getDisplayName());
        }
    }

    private void requireAnotherEnabledAdmin(Account account) {
        long admins = accounts.countEnabledWithRole(Role.ADMIN);
        if (admins <= 1 && account.isEnabled()) {
            throw new UserFacingException("account.last-admin");
        }
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new UserFacingException("account.not-found", id));
    }

    static AccountSummary summary(Account a) {
        return new AccountSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(), a.isEnabled(),
                a.getEmployeeNo(), a.getPhone(), a.getEmail());
    }

    static String normalise(String filter) {
        return filter == null ? "" : filter.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
