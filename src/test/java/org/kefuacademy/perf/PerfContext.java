package org.kefuacademy.perf;

import org.kefuacademy.KefuAcademyApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application's Spring context on the perf MariaDB, on a free local port (Vaadin security needs the servlet context; nothing is requested over HTTP) (profile mariadb: no demo data). */
final class PerfContext {
    static final String ADMIN_PASSWORD = "Kefu-Perf-2026!";

    private PerfContext() {
    }

    static ConfigurableApplicationContext start(String url) {
        // as command-line arguments: default properties would lose to application-mariadb.properties
        return new SpringApplicationBuilder(KefuAcademyApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("mariadb")
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--kefu.admin.password=" + ADMIN_PASSWORD,
                        "--spring.main.banner-mode=off",
                        // Vaadin's security configuration needs a servlet context: a web server on a free local port
                        "--server.port=0", "--server.address=127.0.0.1",
                        "--logging.level.root=warn",
                        // the deadline sweeper stays out of the way of the timings
                        "--kefu.assessment.sweep-millis=3600000");
    }
}
