package org.kefuacademy.platform.audit;

import org.kefuacademy.platform.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar kefu-academy.jar --kefu.audit.verify} (or scripts/verify-audit-chain.sh): verifies
 * the chain against the configured database, logs the result and exits — 0 intact, 1 broken — before
 * any other start-up runner (demo data) writes a line.
 */
@Component
@ConditionalOnProperty("kefu.audit.verify")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditChainCommand implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(AuditChainCommand.class);
    private final AuditChain chain;
    private final ConfigurableApplicationContext context;

    AuditChainCommand(AuditChain chain, ConfigurableApplicationContext context) {
        this.chain = chain;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = verifyAndReport();
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** The exit code: 0 when the chain is intact. */
    int verifyAndReport() {
        AuditChain.Result result = SystemAuthentication.callAsSystem(chain::verify);
        if (result.intact()) {
            LOG.info("Audit chain intact: {} lines checked, head hash {}", result.checked(), result.headHash());
            return 0;
        }
        LOG.error("Audit chain broken at line {}: {} ({} lines before it verified)", result.brokenEntryId(), result.problem(), result.checked());
        return 1;
    }
}
