package org.kefuacademy.platform;

/** What a person may do in the academy. An account may hold several roles. */
public enum Role {
    TRAINEE, TRAINER, HR, ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Message-bundle key of the role's display name. */
    public String labelKey() {
        return "role." + name().toLowerCase();
    }
}
