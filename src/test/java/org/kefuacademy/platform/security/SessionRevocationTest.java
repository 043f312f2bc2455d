package org.kefuacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Ending a person's sessions reaches every app node: this node's registry marks them at once, and a
 * second node (its own registry, the same database) ends them within the recheck interval. A sign-in
 * after the ending is not affected.
 */
class SessionRevocationTest extends DatabaseTest {
    @Autowired
    ActiveSessions sessions;
    @Autowired
    SessionRegistry registry;
    @Autowired
    SessionRevocations revocations;

    private final SessionRegistryImpl otherNodesRegistry = new SessionRegistryImpl();

    private SessionLifetimeFilter filter(SessionRegistry nodeRegistry) {
        return new SessionLifetimeFilter(nodeRegistry, clock, Duration.ofMinutes(30), Duration.ofHours(12), revocations, Duration.ofSeconds(5));
    }

    private static KefuUser user(AccountSummary account) {
        return new KefuUser(account.id(), account.username(), account.displayName(), "", true, Set.of(Role.TRAINEE), true);
    }

    private static MockHttpSession signedInSession(AccountSummary account) {
        KefuUser user = user(account);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return session;
    }

    private static void request(SessionLifetimeFilter filter, MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    @Test
    void ended_sessions_end_on_this_node_at_once_and_on_another_node_within_the_recheck() throws Exception {
        AccountSummary admin = newAccount("管理员", Role.ADMIN);
        AccountSummary trainee = newAccount("学员", Role.TRAINEE);
        AccountSummary bystander = newAccount("旁人", Role.TRAINEE);
        MockHttpSession here = signedInSession(trainee);
        MockHttpSession there = signedInSession(trainee);
        MockHttpSession someoneElse = signedInSession(bystander);
        registry.registerNewSession(here.getId(), user(trainee));
        SessionLifetimeFilter thisNode = filter(registry);
        SessionLifetimeFilter otherNode = filter(otherNodesRegistry);
        request(thisNode, here);
        request(otherNode, there);
        request(otherNode, someoneElse);

        clock.advanceSeconds(60);
        request(otherNode, there);
        signInAs(admin);
        assertThat(sessions.endSessionsOf(trainee.id())).as("open on this node").isEqualTo(1);

        request(thisNode, here);
        assertThat(here.isInvalid()).as("this node: at once").isTrue();
        request(otherNode, there);
        assertThat(there.isInvalid()).as("other node: checked less than 5 s ago, not yet").isFalse();
        clock.advanceSeconds(6);
        request(otherNode, there);
        assertThat(there.isInvalid()).as("other node: after the recheck").isTrue();
        request(otherNode, someoneElse);
        assertThat(someoneElse.isInvalid()).as("another person's session stays").isFalse();
    }

    @Test
    void signing_in_again_after_the_ending_is_not_affected() throws Exception {
        AccountSummary admin = newAccount("管理员", Role.ADMIN);
        AccountSummary trainee = newAccount("学员", Role.TRAINEE);
        signInAs(admin);
        sessions.endSessionsOf(trainee.id());

        clock.advanceSeconds(1);
        MockHttpSession later = signedInSession(trainee);
        SessionLifetimeFilter otherNode = filter(otherNodesRegistry);
        request(otherNode, later);
        clock.advanceSeconds(10);
        request(otherNode, later);
        assertThat(later.isInvalid()).isFalse();
        assertThat(revocations.revokedAt(trainee.id())).isPresent();
    }

    @Test
    void only_hr_and_administrators_end_sessions() {
        AccountSummary trainee = newAccount("学员", Role.TRAINEE);
        signInAs(trainee);
        assertThatThrownBy(() -> sessions.endSessionsOf(trainee.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(revocations.revokedAt(trainee.id())).isEmpty();
    }
}
