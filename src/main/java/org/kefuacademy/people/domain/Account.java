package org.kefuacademy.people.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kefuacademy.platform.Role;

/** A person who can sign in. The password is only ever held as a hash. */
@Entity
@Table(name = "account")
public class Account {
    public static final int USERNAME_MAX_LENGTH = 64;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int EMPLOYEE_NO_MAX_LENGTH = 32;
    public static final int PHONE_MAX_LENGTH = 32;
    public static final int EMAIL_MAX_LENGTH = 120;
    /** The display name an anonymised account keeps, followed by its id. */
    public static final String ANONYMISED_NAME_PREFIX = "已匿名 #";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "employee_no", length = EMPLOYEE_NO_MAX_LENGTH)
    private String employeeNo;

    @Column(length = PHONE_MAX_LENGTH)
    private String phone;

    @Column(length = EMAIL_MAX_LENGTH)
    private String email;

    // Lists (a page of 50 people) read the roles of all their accounts in one select, not one each.
    @org.hibernate.annotations.BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", length = 20)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Since when the account is disabled: the start of its retention period (null while enabled). */
    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /** Failed sign-ins in a row; updated by single statements in {@link AccountRepository} (several nodes). */
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    /** Sign-in is refused until then, even with the right password (null: not locked). */
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void updateProfile(String displayName, String employeeNo, String phone, String email, Instant now) {
        this.displayName = displayName;
        this.employeeNo = employeeNo;
        this.phone = phone;
        this.email = email;
        this.updatedAt = now;
    }

    public void changeRoles(Set<Role> newRoles, Instant now) {
        roles.clear();
        roles.addAll(newRoles);
        this.updatedAt = now;
    }

    /** The person chose a new password themselves. */
    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
        this.updatedAt = now;
    }

    /** Someone else set the password (reset, roster import): it is temporary until the person changes it. */
    public void setTemporaryPasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = true;
        this.updatedAt = now;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setEnabled(boolean enabled, Instant now) {
        if (this.enabled != enabled) {
            this.disabledAt = enabled ? null : now;
        }
        this.enabled = enabled;
        this.updatedAt = now;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /**
     * Anonymisation (PIPL): nothing that names or reaches the person stays on the account. It is
     * disabled for good, shown as "已匿名 #id", signs in with nothing (random user name and password).
     */
    public void anonymise(String randomUsername, String unusablePasswordHash, Instant now) {
        this.username = randomUsername;
        this.displayName = ANONYMISED_NAME_PREFIX + id;
        this.passwordHash = unusablePasswordHash;
        this.employeeNo = null;
        this.phone = null;
        this.email = null;
        if (enabled) {
            this.disabledAt = now;
        }
        this.enabled = false;
        this.anonymisedAt = now;
        this.updatedAt = now;
    }
}
