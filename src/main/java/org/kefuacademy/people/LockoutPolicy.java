package org.kefuacademy.people;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How many failed sign-ins in a row lock an account, and for how long (configurable). */
@Component
public class LockoutPolicy {
    private final int maxFailures;
    private final int minutes;

    LockoutPolicy(@Value("${kefu.security.lockout.max-failures:5}") int maxFailures,
                  @Value("${kefu.security.lockout.minutes:15}") int minutes) {
        if (maxFailures < 1 || minutes < 1) {
            throw new IllegalStateException("kefu.security.lockout.max-failures and .minutes must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.minutes = minutes;
    }

    public int maxFailures() {
        return maxFailures;
    }

    public int minutes() {
        return minutes;
    }

    public Duration duration() {
        return Duration.ofMinutes(minutes);
    }
}
