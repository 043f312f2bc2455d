package org.kefuacademy.platform.security;

import java.util.EnumSet;
import java.util.function.Supplier;
import org.kefuacademy.platform.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data, content sync) through the same guarded services a person uses,
 * as a system principal holding every role, instead of opening a back door around the checks.
 */
public final class SystemAuthentication {
    /** Account id 0 never exists: records written by the system are recognisable as such. */
    public static final long SYSTEM_ACCOUNT_ID = 0L;

    private SystemAuthentication() {
    }

    public static <T> T callAsSystem(Supplier<T> work) {
        return callAs(new KefuUser(SYSTEM_ACCOUNT_ID, "system", "system", "", true, EnumSet.allOf(Role.class)), work);
    }

    /** Acts as a given person (demo data showing what trainees did goes through their own checks). */
    public static <T> T callAs(KefuUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        callAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
