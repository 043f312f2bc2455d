package org.kefuacademy.platform.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Sessions (ASVS V7): every signed-in session is registered so an administrator (or disabling an
 * account) can end it, and a filter ends sessions that are expired, idle or too old. The session id
 * is renewed at sign-in by Spring Security's default session fixation protection (change id).
 */
@Configuration
class SessionConfig {
    /** Just ahead of Spring Security's filter chain (order -100), so an ended session is never read. */
    static final int FILTER_ORDER = -101;

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the container destroys a session or changes its id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Spring Security 7 applies top-level customizer beans to every {@code HttpSecurity}: sessions are
     * registered at sign-in without touching the main security configuration. No limit per person.
     */
    @Bean
    Customizer<SessionManagementConfigurer<HttpSecurity>> registerSessions(SessionRegistry registry) {
        return sessions -> sessions.maximumSessions(-1).sessionRegistry(registry);
    }

    @Bean
    FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(SessionRegistry registry, Clock clock,
            @Value("${kefu.security.session.idle-timeout:30m}") Duration idle,
            @Value("${kefu.security.session.absolute-timeout:12h}") Duration absolute,
            SessionRevocations revocations,
            @Value("${kefu.security.session.revocation-recheck:5s}") Duration recheck) {
        var registration = new FilterRegistrationBean<>(new SessionLifetimeFilter(registry, clock, idle, absolute, revocations, recheck));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
