package org.kefuacademy.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Browser journeys need Debian's chromium and chromium-driver (or KEFU_CHROMIUM / KEFU_CHROMEDRIVER). */
public final class BrowserAvailable implements ExecutionCondition {

    public static Path chromium() {
        String given = TestRequirements.setting("KEFU_CHROMIUM");
        return Path.of(given.isEmpty() ? "/usr/bin/chromium" : given);
    }

    public static Path chromedriver() {
        String given = TestRequirements.setting("KEFU_CHROMEDRIVER");
        return Path.of(given.isEmpty() ? "/usr/bin/chromedriver" : given);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Files.isExecutable(chromium()) || !Files.isExecutable(chromedriver())) {
            return TestRequirements.missing("Browser journeys", "no Chromium at " + chromium() + " or no ChromeDriver at "
                    + chromedriver() + "; apt-get install chromium chromium-driver (or set KEFU_CHROMIUM/KEFU_CHROMEDRIVER)");
        }
        return ConditionEvaluationResult.enabled("Chromium at " + chromium());
    }
}
