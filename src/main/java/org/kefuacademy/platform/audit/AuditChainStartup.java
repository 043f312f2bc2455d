package org.kefuacademy.platform.audit;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Chains the lines written before the chain existed, before the server takes requests or any
 * start-up runner writes a new line (both come after this callback).
 */
@Component
class AuditChainStartup implements SmartInitializingSingleton {
    private final AuditChain chain;

    AuditChainStartup(AuditChain chain) {
        this.chain = chain;
    }

    @Override
    public void afterSingletonsInstantiated() {
        chain.initialise();
    }
}
