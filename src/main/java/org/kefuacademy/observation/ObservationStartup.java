package org.kefuacademy.observation;

import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the observation checklists at start-up, before demo data. */
@Component
@Order(8)
class ObservationStartup implements ApplicationRunner {
    private final ObservationContentSync sync;

    ObservationStartup(ObservationContentSync sync) {
        this.sync = sync;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(sync::reload);
    }
}
