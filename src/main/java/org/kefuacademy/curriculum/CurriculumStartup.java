package org.kefuacademy.curriculum;

import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the curriculum at start-up, before any demo data refers to it. */
@Component
@Order(5)
class CurriculumStartup implements ApplicationRunner {
    private final CurriculumSync sync;

    CurriculumStartup(CurriculumSync sync) {
        this.sync = sync;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(sync::reload);
    }
}
