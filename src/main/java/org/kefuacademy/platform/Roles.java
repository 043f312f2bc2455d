package org.kefuacademy.platform;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed} on views and services.
 * They match {@link Role} one to one.
 */
public final class Roles {
    public static final String TRAINEE = "TRAINEE";
    public static final String TRAINER = "TRAINER";
    public static final String HR = "HR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
