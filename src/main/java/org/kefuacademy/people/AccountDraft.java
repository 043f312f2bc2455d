package org.kefuacademy.people;

import java.util.Set;
import org.kefuacademy.platform.Role;

/** The editable fields of an account, as a form submits them (validated by the service). */
public record AccountDraft(String username, String displayName, Set<Role> roles,
                           String employeeNo, String phone, String email) {

    public AccountDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
