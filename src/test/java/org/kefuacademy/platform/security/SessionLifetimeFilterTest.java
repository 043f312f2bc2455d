package org.kefuacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.testsupport.MovableClock;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistryImpl;

/** Sessions end when idle and when too old (unit level, movable clock); ending them: {@link SessionRevocationTest}. */
class SessionLifetimeFilterTest {
    private final MovableClock clock = new MovableClock();
    private final SessionRegistryImpl registry = new SessionRegistryImpl();
    private final SessionLifetimeFilter filter = new SessionLifetimeFilter(registry, clock, Duration.ofMinutes(30), Duration.ofHours(12),
            account -> Optional.empty(), Duration.ofSeconds(5));
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void morning() {
        clock.setTo(LocalDateTime.of(2026, 3, 2, 8, 0));
    }

    private void request(String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private void afterMinutes(long minutes, String query) throws Exception {
        clock.advanceSeconds(minutes * 60);
        request(query);
    }

    @Test
    void a_session_used_every_few_minutes_lives_until_the_absolute_limit() throws Exception {
        request(null);
        for (int i = 0; i < 12 * 3; i++) {
            afterMinutes(20, null);
        }
        assertThat(session.isInvalid()).as("exactly 12 h old").isFalse();
        afterMinutes(20, null);
        assertThat(session.isInvalid()).as("past 12 h").isTrue();
    }

    @Test
    void thirty_minutes_without_activity_end_the_session_even_with_vaadin_heartbeats() throws Exception {
        request(null);
        for (int i = 0; i < 6; i++) {
            afterMinutes(5, "v-r=heartbeat&v-uiId=0");
        }
        assertThat(session.isInvalid()).as("30 minutes of heartbeats only").isFalse();
        afterMinutes(1, "v-r=heartbeat&v-uiId=0");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void activity_keeps_the_session_alive() throws Exception {
        request(null);
        afterMinutes(29, "v-r=uidl&v-uiId=0");
        afterMinutes(29, "v-r=uidl&v-uiId=0");
        assertThat(session.isInvalid()).isFalse();
    }
}
