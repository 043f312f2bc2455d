package org.kefuacademy.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session before anything reads it when an administrator ended it (or the account was
 * disabled) on this node or any other, when it has been idle too long, or when it is older than the
 * absolute limit. The request
 * then goes on without a session: a page request lands on the login page, a Vaadin request makes the
 * browser reload into it.
 *
 * <p>Idle time is measured here rather than by the container alone, because Vaadin's heartbeats
 * would otherwise keep an open but abandoned tab's session alive for ever. Another node's ending is
 * read from the database at most once per {@code recheck} per session, so a busy session costs one
 * primary-key lookup every few seconds, not one per request.
 */
public class SessionLifetimeFilter extends OncePerRequestFilter {
    static final String STARTED = SessionLifetimeFilter.class.getName() + ".started";
    static final String LAST_ACTIVE = SessionLifetimeFilter.class.getName() + ".lastActive";
    static final String SIGNED_IN_ACCOUNT = SessionLifetimeFilter.class.getName() + ".account";
    static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";
    static final String REVOCATION_CHECKED = SessionLifetimeFilter.class.getName() + ".revocationChecked";
    private static final Logger log = LoggerFactory.getLogger(SessionLifetimeFilter.class);

    /** When a person's sessions were last ended on any node, if ever. */
    @FunctionalInterface
    public interface RevocationLookup {
        Optional<Instant> revokedAt(long accountId);
    }

    private final SessionRegistry registry;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final RevocationLookup revocations;
    private final Duration recheck;

    public SessionLifetimeFilter(SessionRegistry registry, Clock clock, Duration idleTimeout, Duration absoluteTimeout,
                                 RevocationLookup revocations, Duration recheck) {
        this.registry = registry;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
        this.revocations = revocations;
        this.recheck = recheck;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && mustEnd(session, isHeartbeat(request))) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean mustEnd(HttpSession session, boolean heartbeat) {
        SessionInformation info = registry.getSessionInformation(session.getId());
        if (info != null && info.isExpired()) {
            return true;
        }
        long now = clock.millis();
        if (olderThan(session, STARTED, absoluteTimeout, now) || olderThan(session, LAST_ACTIVE, idleTimeout, now)
                || endedElsewhere(session, now)) {
            return true;
        }
        if (session.getAttribute(STARTED) == null) {
            session.setAttribute(STARTED, now);
        }
        if (!heartbeat || session.getAttribute(LAST_ACTIVE) == null) {
            session.setAttribute(LAST_ACTIVE, now);
        }
        return false;
    }

    /** True when the person's sessions were ended (on any node) after this session signed in. */
    private boolean endedElsewhere(HttpSession session, long now) {
        Long account = signedInAccount(session);
        if (account == null) {
            return false;
        }
        if (!account.equals(session.getAttribute(SIGNED_IN_ACCOUNT))) {
            // First request after sign-in: what came before it cannot end this session.
            session.setAttribute(SIGNED_IN_ACCOUNT, account);
            session.setAttribute(SIGNED_IN_AT, now);
        }
        if (session.getAttribute(REVOCATION_CHECKED) != null && !olderThan(session, REVOCATION_CHECKED, recheck, now)) {
            return false;
        }
        session.setAttribute(REVOCATION_CHECKED, now);
        try {
            return revocations.revokedAt(account)
                    .map(at -> at.toEpochMilli() >= (Long) session.getAttribute(SIGNED_IN_AT))
                    .orElse(false);
        } catch (DataAccessException e) {
            // The database is away: the request in flight gets its own clear message; this session
            // and the other limits stay as they were, and the check is retried after recheck.
            log.warn("Could not read session revocations: {}", e.getMessage());
            return false;
        }
    }

    private static Long signedInAccount(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                && context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof KefuUser user
                ? user.accountId() : null;
    }

    private static boolean olderThan(HttpSession session, String attribute, Duration limit, long now) {
        return session.getAttribute(attribute) instanceof Long since && now - since > limit.toMillis();
    }

    /** Vaadin's keep-alive ping from an open tab: not something the person did. */
    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
