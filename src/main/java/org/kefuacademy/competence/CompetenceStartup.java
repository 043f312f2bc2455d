package org.kefuacademy.competence;

import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the competence framework at start-up, before any demo data records evidence. */
@Component
@Order(4)
class CompetenceStartup implements ApplicationRunner {
    private final FrameworkSync sync;

    CompetenceStartup(FrameworkSync sync) {
        this.sync = sync;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(sync::reload);
    }
}
