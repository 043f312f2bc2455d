package org.kefuacademy.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The repository/service suite runs twice: on H2 (default) and, in the Maven execution that sets
 * {@code kefu.test.db=mariadb}, on the real MariaDB named by {@code KEFU_TEST_MARIADB_URL}.
 */
public final class DatabaseSelection implements ExecutionCondition {

    public static boolean onMariaDb() {
        return "mariadb".equals(System.getProperty("kefu.test.db"));
    }

    public static String mariaDbUrl() {
        return TestRequirements.setting("KEFU_TEST_MARIADB_URL");
    }

    public static String mariaDbUser() {
        String user = TestRequirements.setting("KEFU_TEST_MARIADB_USER");
        return user.isEmpty() ? "root" : user;
    }

    public static String mariaDbPassword() {
        return TestRequirements.setting("KEFU_TEST_MARIADB_PASSWORD");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!onMariaDb()) {
            return ConditionEvaluationResult.enabled("H2 (embedded)");
        }
        if (mariaDbUrl().isEmpty()) {
            return TestRequirements.missing("MariaDB suite",
                    "no MariaDB given; set KEFU_TEST_MARIADB_URL (e.g. jdbc:mariadb://127.0.0.1:33307/kefu_test)");
        }
        return ConditionEvaluationResult.enabled("MariaDB at " + mariaDbUrl());
    }
}
