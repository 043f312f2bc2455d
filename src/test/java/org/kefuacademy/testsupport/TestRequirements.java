package org.kefuacademy.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suites that need something outside the JVM (a MariaDB server, a Chromium browser) skip with a
 * visible reason on a developer's machine, but fail when {@code KEFU_TEST_REQUIRE_ALL=true}
 * (CI sets it), so CI can never pass by skipping them.
 */
public final class TestRequirements {
    private static final Logger log = LoggerFactory.getLogger(TestRequirements.class);

    private TestRequirements() {
    }

    public static String setting(String name) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        String value = property != null && !property.isBlank() ? property : System.getenv(name);
        return value == null ? "" : value.trim();
    }

    public static boolean requireAll() {
        return Boolean.parseBoolean(setting("KEFU_TEST_REQUIRE_ALL"));
    }

    /** Skips (or, when everything is required, fails) with a reason that names what is missing. */
    public static ConditionEvaluationResult missing(String suite, String reason) {
        String message = suite + " SKIPPED: " + reason;
        if (requireAll()) {
            throw new IllegalStateException(suite + " cannot be skipped (KEFU_TEST_REQUIRE_ALL=true): " + reason);
        }
        log.warn(message);
        return ConditionEvaluationResult.disabled(message);
    }
}
