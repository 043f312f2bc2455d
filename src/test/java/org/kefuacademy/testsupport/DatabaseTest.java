package org.kefuacademy.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kefuacademy.people.AccountDraft;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.security.KefuUser;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the repository/service suite: a full Spring context on H2, or on real MariaDB in the
 * second Maven execution. Tests make their own data with unique names, so they also pass on a
 * database that earlier runs have filled.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
@ExtendWith(DatabaseSelection.class)
@Import(DatabaseTest.ClockConfig.class)
public abstract class DatabaseTest {

    /** Every test of the suite shares one context whose clock tests may move. */
    @TestConfiguration
    static class ClockConfig {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    protected MovableClock clock;
    public static final String PASSWORD = "Ceshi#2026-pass";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    @Autowired
    protected AccountService accountService;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (DatabaseSelection.onMariaDb()) {
            registry.add("spring.datasource.url", DatabaseSelection::mariaDbUrl);
            registry.add("spring.datasource.username", DatabaseSelection::mariaDbUser);
            registry.add("spring.datasource.password", DatabaseSelection::mariaDbPassword);
            registry.add("spring.datasource.driver-class-name", () -> "org.mariadb.jdbc.Driver");
        }
    }

    @AfterEach
    void signOutAndResetTheClock() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    /** A name no other test or earlier run has used. */
    protected static String unique(String prefix) {
        return prefix + "." + RUN + "." + SEQUENCE.incrementAndGet();
    }

    /** Creates an account (as the system) with {@link #PASSWORD}. */
    protected AccountSummary newAccount(String displayName, Role... roles) {
        return SystemAuthentication.callAsSystem(() -> accountService.create(new AccountDraft(unique("u"), displayName,
                java.util.Set.of(roles), null, null, null), PASSWORD));
    }

    /** Acts as this person for the rest of the test, as if they had signed in. */
    protected static void signInAs(AccountSummary account) {
        KefuUser user = new KefuUser(account.id(), account.username(), account.displayName(), "", true, account.roles());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
