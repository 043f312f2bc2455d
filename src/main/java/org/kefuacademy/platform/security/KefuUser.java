package org.kefuacademy.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.kefuacademy.platform.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds it: enough to guard data (account id) and greet
 * (display name) without a database round trip.
 */
public record KefuUser(long accountId, String username, String displayName, String passwordHash,
                       boolean enabled, Set<Role> roles, boolean accountNonLocked) implements UserDetails {

    public KefuUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A person whose account is not locked by too many failed sign-ins. */
    public KefuUser(long accountId, String username, String displayName, String passwordHash, boolean enabled,
                    Set<Role> roles) {
        this(accountId, username, displayName, passwordHash, enabled, roles, true);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Trainers, HR and administrators: the people who may read trainees' records. */
    public boolean isStaff() {
        return hasRole(Role.TRAINER) || hasRole(Role.HR) || hasRole(Role.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Spring Security refuses a locked account before it even checks the password. */
    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    /** Never let the hash reach a log line. */
    @Override
    public String toString() {
        return "KefuUser[" + accountId + ", " + username + ", " + roles + "]";
    }
}
