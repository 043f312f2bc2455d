package org.kefuacademy.observation;

import java.util.HashMap;
import java.util.Map;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.demo.DemoUsers;
import org.kefuacademy.platform.security.KefuUser;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.observation.domain.ObservationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo observations by trainer Wang: last month's graduate on every checklist (her last one completes
 * the final assessment, and the certificate follows), and this month's trainees on a first drill.
 */
@Component
@Profile("demo")
@Order(22)
class ObservationDemoData implements ApplicationRunner {
    private final DemoUsers demoUsers;
    private static final Logger log = LoggerFactory.getLogger(ObservationDemoData.class);
    private final ObservationService observations;
    private final ObservationRepository rows;

    ObservationDemoData(DemoUsers demoUsers, ObservationService observations, ObservationRepository rows) {
        this.demoUsers = demoUsers;
        this.observations = observations;
        this.rows = rows;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows.count() > 0) {
            return;
        }
        SystemAuthentication.callAs(user(DemoAccounts.TRAINER), () -> {
            long graduate = user(DemoAccounts.GRADUATE).accountId();
            for (Checklist c : observations.checklists()) {
                observe(graduate, c, 0.8, "整体表现稳定，服务用语规范；个别环节还可以更主动。");
            }
            for (Checklist c : observations.checklists()) {
                if (c.id().equals("mock-reception")) {
                    observe(user(DemoAccounts.TRAINEE_AHEAD).accountId(), c, 0.85, "迎候自然，登记完整。");
                    observe(user(DemoAccounts.TRAINEE_ON_TRACK).accountId(), c, 0.65, "问候到位，但忘了电话确认业主。");
                }
            }
            return null;
        });
        log.info("Demo data: observations recorded by the demo trainer");
    }

    /** Scores every item at about {@code share} of its maximum. */
    private void observe(long trainee, Checklist c, double share, String comment) {
        Map<Integer, Integer> scores = new HashMap<>();
        c.items().forEach(i -> scores.put(i.no(), (int) Math.round(i.max() * share)));
        observations.record(trainee, c.id(), scores, Map.of(), comment);
    }

    private KefuUser user(DemoAccounts.Demo who) {
        return demoUsers.user(who);
    }
}
