package org.kefuacademy.platform.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
@EnableMethodSecurity(jsr250Enabled = true, securedEnabled = true)
class SecurityConfig {
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
