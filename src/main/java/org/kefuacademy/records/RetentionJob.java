package org.kefuacademy.records;

import org.kefuacademy.platform.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention rule, applied every night as the system: accounts disabled for longer than
 * {@code kefu.retention.years} are anonymised, each in its own transaction so one failure does not
 * hold back the others.
 */
@Component
class RetentionJob {
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final int BATCH = 200;
    private final Anonymisation anonymisation;

    RetentionJob(Anonymisation anonymisation) {
        this.anonymisation = anonymisation;
    }

    @Scheduled(cron = "${kefu.retention.cron:0 30 2 * * *}", zone = "${kefu.time-zone:Asia/Shanghai}")
    void nightly() {
        int done = run();
        if (done > 0) {
            log.info("Retention: anonymised {} account(s) disabled for longer than {} years", done, SystemAuthentication.callAsSystem(anonymisation::retentionYears));
        }
    }

    /** Anonymises every account due; returns how many. */
    int run() {
        return SystemAuthentication.callAsSystem(() -> {
            int done = 0;
            for (long id : anonymisation.dueForRetention(BATCH)) {
                try {
                    anonymisation.anonymiseByRetention(id);
                    done++;
                } catch (RuntimeException e) {
                    log.error("Retention: could not anonymise account {}", id, e);
                }
            }
            return done;
        });
    }
}
