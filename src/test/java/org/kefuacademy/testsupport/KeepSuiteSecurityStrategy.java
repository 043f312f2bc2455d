package org.kefuacademy.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class that starts an application context of its own: starting it installs a new
 * security-context strategy globally (Vaadin's Spring Security set-up does), while the suite's shared
 * context keeps using the one it was built with. The suite's strategy is put back after the class, or
 * every later service test would run signed out. Such a class also needs
 * {@code @DirtiesContext(classMode = AFTER_CLASS)}: a second class reusing its cached context would find
 * the suite's strategy in place and its own beans' strategy gone.
 */
public class KeepSuiteSecurityStrategy implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeepSuiteSecurityStrategy.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(context.getStore(NAMESPACE).get("strategy", SecurityContextHolderStrategy.class));
    }
}
