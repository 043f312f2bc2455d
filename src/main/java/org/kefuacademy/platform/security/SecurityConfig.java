package org.kefuacademy.platform.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Views are guarded by Vaadin's view access checker (annotations on each view); services by
 * method security ({@code @RolesAllowed} on each public method), so a check missed in the UI is
 * still enforced below it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {
    /**
     * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} enforced on every bean except
     * Vaadin components: views carry the same annotations for Vaadin's view access checker, and
     * wrapping each view instance in a proxy was the largest framework cost of a page view in the
     * load test (docs/PERFORMANCE.md). Method calls on a view were never a way in: only services
     * reach data.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250OutsideComponents() {
        AuthorizationManagerBeforeMethodInterceptor standard = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        ClassFilter notComponent = type -> !Component.class.isAssignableFrom(type);
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(notComponent).intersection(standard.getPointcut()),
                new Jsr250AuthorizationManager());
        interceptor.setOrder(standard.getOrder());
        return interceptor;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginViewProvider login) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/themes/**", "/webjars/**", "/icons/**", "/images/**").permitAll());
        http.headers(new SecurityHeaders());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(login.loginView())).build();
    }

    /** bcrypt by default; the {id} prefix lets a later switch to argon2 keep old hashes working. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
