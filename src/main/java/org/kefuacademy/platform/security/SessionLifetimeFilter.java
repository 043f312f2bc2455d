package org.kefuacademy.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session before anything reads it when an administrator ended it (or the account was
 * disabled), when it has been idle too long, or when it is older than the absolute limit. The request
 * then goes on without a session: a page request lands on the login page, a Vaadin request makes the
 * browser reload into it.
 *
 * <p>Idle time is measured here rather than by the container alone, because Vaadin's heartbeats
 * would otherwise keep an open but abandoned tab's session alive for ever.
 */
public class SessionLifetimeFilter extends OncePerRequestFilter {
    static final String STARTED = SessionLifetimeFilter.class.getName() + ".started";
    static final String LAST_ACTIVE = SessionLifetimeFilter.class.getName() + ".lastActive";

    private final SessionRegistry registry;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;

    public SessionLifetimeFilter(SessionRegistry registry, Clock clock, Duration idleTimeout, Duration absoluteTimeout) {
        this.registry = registry;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
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
        if (olderThan(session, STARTED, absoluteTimeout, now) || olderThan(session, LAST_ACTIVE, idleTimeout, now)) {
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

    private static boolean olderThan(HttpSession session, String attribute, Duration limit, long now) {
        return session.getAttribute(attribute) instanceof Long since && now - since > limit.toMillis();
    }

    /** Vaadin's keep-alive ping from an open tab: not something the person did. */
    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
