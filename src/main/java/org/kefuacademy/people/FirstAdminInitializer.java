package org.kefuacademy.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import org.kefuacademy.people.domain.Account;
import org.kefuacademy.people.domain.AccountRepository;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile there is no default password: on an empty database the first
 * administrator gets the password from {@code KEFU_ADMIN_PASSWORD}, or a generated one that is
 * written to the log exactly once (it is never stored in clear).
 */
@Component
@Profile("!demo")
@Order(0)
class FirstAdminInitializer implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String username;
    private final String givenPassword;

    FirstAdminInitializer(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                          @Value("${kefu.admin.username:admin}") String username,
                          @Value("${kefu.admin.password:}") String givenPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.username = username;
        this.givenPassword = givenPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = givenPassword == null || givenPassword.isBlank();
        String password = generated ? generate(20) : givenPassword;
        try {
            PasswordPolicy.check(password, username);
        } catch (UserFacingException e) {
            throw new IllegalStateException("KEFU_ADMIN_PASSWORD is refused by the password policy (" + e.messageKey()
                    + "): use at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password, "
                    + "not containing the user name '" + username + "'", e);
        }
        accounts.save(new Account(username, "系统管理员", passwordEncoder.encode(password),
                EnumSet.of(Role.ADMIN), clock.instant()));
        if (generated) {
            log.warn("Created the first administrator '{}' with the generated password: {}  "
                    + "(shown once; change it after signing in, or set KEFU_ADMIN_PASSWORD before the first start)",
                    username, password);
        } else {
            log.info("Created the first administrator '{}' with the password from KEFU_ADMIN_PASSWORD", username);
        }
    }

    static String generate(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
