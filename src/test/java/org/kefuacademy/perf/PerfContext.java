package org.kefuacademy.perf;

import java.util.Map;
import org.kefuacademy.KefuAcademyApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application's Spring context on the perf MariaDB, without a web server (profile mariadb: no demo data). */
final class PerfContext {
    static final String ADMIN_PASSWORD = "Perf-Admin-2026!";

    private PerfContext() {
    }

    static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(KefuAcademyApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("mariadb")
                .properties(Map.of(
                        "spring.datasource.url", url,
                        "spring.datasource.username", "root",
                        "spring.datasource.password", "",
                        "kefu.admin.password", ADMIN_PASSWORD,
                        "spring.main.banner-mode", "off",
                        "logging.level.root", "warn",
                        // the deadline sweeper and the retention job stay out of the way of the timings
                        "kefu.assessment.sweep-millis", "3600000"))
                .run();
    }
}
