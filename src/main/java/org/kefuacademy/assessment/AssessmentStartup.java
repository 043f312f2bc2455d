package org.kefuacademy.assessment;

import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads question banks and assessments at start-up, after the curriculum and before demo data. */
@Component
@Order(6)
class AssessmentStartup implements ApplicationRunner {
    private final AssessmentContentSync sync;

    AssessmentStartup(AssessmentContentSync sync) {
        this.sync = sync;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(sync::reload);
    }
}
