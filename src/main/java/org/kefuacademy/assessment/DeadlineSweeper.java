package org.kefuacademy.assessment;

import org.kefuacademy.platform.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits attempts whose time ran out while nobody was looking (tab closed, network lost), with
 * the answers saved so far. Pages that open an overdue attempt submit it themselves too.
 */
@Component
class DeadlineSweeper {
    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);
    private final AttemptService attempts;

    DeadlineSweeper(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Scheduled(fixedDelayString = "${kefu.assessment.sweep-millis:30000}", initialDelayString = "${kefu.assessment.sweep-millis:30000}")
    void sweep() {
        int finished = SystemAuthentication.callAsSystem(attempts::finishOverdue);
        if (finished > 0) {
            log.info("Submitted {} attempt(s) whose time ran out", finished);
        }
    }
}
