package org.kefuacademy.evaluation;

import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the survey templates at start-up, before demo data. */
@Component
@Order(9)
class SurveyStartup implements ApplicationRunner {
    private final SurveyContentSync sync;

    SurveyStartup(SurveyContentSync sync) {
        this.sync = sync;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(sync::reload);
    }
}
