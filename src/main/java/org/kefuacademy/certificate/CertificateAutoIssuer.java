package org.kefuacademy.certificate;

import org.kefuacademy.assessment.AttemptGraded;
import org.kefuacademy.observation.ObservationRecorded;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.roleplay.RoleplayRunFinished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Issues the certificate the moment a trainee passes: after any record that completes the final
 * assessment (a fully graded final exam, an assessed role-play, an observation) has been committed.
 * A failure here is logged and never undoes the record that triggered it; HR can always issue by hand.
 */
@Component
class CertificateAutoIssuer {
    private static final Logger log = LoggerFactory.getLogger(CertificateAutoIssuer.class);
    private final CertificateService certificates;

    CertificateAutoIssuer(CertificateService certificates) {
        this.certificates = certificates;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void finalExamGraded(AttemptGraded e) {
        if (FinalAssessmentService.FINAL_EXAM.equals(e.assessmentKey())) {
            check(e.accountId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void assessedRunFinished(RoleplayRunFinished e) {
        if (e.assessed()) {
            check(e.accountId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void observed(ObservationRecorded e) {
        check(e.accountId());
    }

    private void check(long accountId) {
        try {
            SystemAuthentication.callAsSystem(() -> certificates.issueIfPassed(accountId))
                    .ifPresent(c -> log.info("Certificate {} issued to account {}", c.code(), accountId));
        } catch (RuntimeException ex) {
            log.warn("Could not check account {} for a certificate: {}", accountId, ex.toString());
        }
    }
}
