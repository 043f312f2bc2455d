package org.kefuacademy.platform.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: services use it for data-level checks (a trainee reaches only their own records). */
@Component
public class CurrentUser {

    public Optional<KefuUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof KefuUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public KefuUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    public long accountId() {
        return require().accountId();
    }
}
