package org.kefuacademy.people;

import java.util.Set;
import org.kefuacademy.platform.Role;

/** What views and other features may know about an account (never its password hash). */
public record AccountSummary(long id, String username, String displayName, Set<Role> roles, boolean enabled,
                             String employeeNo, String phone, String email) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
