package org.kefuacademy.roleplay;

import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads lexicons and scenarios at start-up, after the curriculum and quizzes and before demo data. */
@Component
@Order(7)
class RoleplayStartup implements ApplicationRunner {
    private final RoleplayContentSync sync;

    RoleplayStartup(RoleplayContentSync sync) {
        this.sync = sync;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(sync::reload);
    }
}
