package org.kefuacademy.platform.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import jakarta.annotation.security.RolesAllowed;
import org.kefuacademy.platform.Roles;
import org.springframework.stereotype.Service;

/**
 * The signed-in sessions. Ending a person's sessions marks this node's expired and records the time
 * in the database for the other nodes; the {@link SessionLifetimeFilter} then invalidates each at its
 * next request, so the person is back on the login page at once. Callers check who may ask (the
 * accounts feature: administrators only).
 */
@Service
public class ActiveSessions {
    private final SessionRegistry registry;
    private final SessionRevocations revocations;

    ActiveSessions(SessionRegistry registry, SessionRevocations revocations) {
        this.registry = registry;
        this.revocations = revocations;
    }

    /** Ends every session of the account on every node; returns how many were open on this one. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public int endSessionsOf(long accountId) {
        revocations.revoke(accountId);
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof KefuUser user && user.accountId() == accountId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    /** Sessions of the account still open (not ended) on this node. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public int countOf(long accountId) {
        return registry.getAllPrincipals().stream()
                .filter(p -> p instanceof KefuUser user && user.accountId() == accountId)
                .mapToInt(p -> registry.getAllSessions(p, false).size())
                .sum();
    }
}
