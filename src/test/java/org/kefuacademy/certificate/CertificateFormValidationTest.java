package org.kefuacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.Refusals.refused;

import org.junit.jupiter.api.Test;
import org.kefuacademy.certificate.domain.Certificate;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The certificates page's forms: the revoke reason (checked before the certificate is even looked up; the full
 * revoke is in CertificateServiceTest) and the final policy's figures (refusals only: the policy is one shared row).
 */
class CertificateFormValidationTest extends DatabaseTest {
    @Autowired
    CertificateService certificates;
    @Autowired
    FinalPolicyService policies;

    @Test
    void a_revoke_reason_is_required_limited_to_its_column_and_storable() {
        signInAs(newAccount("人事", Role.HR));
        refused(() -> certificates.revoke(-1, "因".repeat(Certificate.REVOKE_REASON_MAX_LENGTH + 1)), "certificate.reason-required",
                Certificate.REVOKE_REASON_MAX_LENGTH);
        refused(() -> certificates.revoke(-1, "\t "), "certificate.reason-required", Certificate.REVOKE_REASON_MAX_LENGTH);
        refused(() -> certificates.revoke(-1, "离职\u0000"), "form.bad-characters", 3, "U+0000");
        refused(() -> certificates.revoke(-1, "因".repeat(Certificate.REVOKE_REASON_MAX_LENGTH)), "certificate.not-found");
    }

    @Test
    void policy_figures_out_of_range_are_refused_and_the_policy_is_unchanged() {
        signInAs(newAccount("人事", Role.HR));
        PolicyView before = policies.current();
        refused(() -> policies.change(new PolicyView(40, 40, 21, 80, 60, 50, 1, null)), "final.policy.weights");
        refused(() -> policies.change(new PolicyView(-1, 81, 20, 80, 60, 50, 1, null)), "final.policy.weights");
        refused(() -> policies.change(new PolicyView(40, 40, 20, 101, 60, 50, 1, null)), "final.policy.percent");
        refused(() -> policies.change(new PolicyView(40, 40, 20, 80, -1, 50, 1, null)), "final.policy.percent");
        refused(() -> policies.change(new PolicyView(40, 40, 20, 80, 60, 50, 51, null)), "final.policy.scenarios");
        refused(() -> policies.change(new PolicyView(40, 40, 20, 80, 60, 50, 1, 121)), "final.policy.validity");
        refused(() -> policies.change(new PolicyView(40, 40, 20, 80, 60, 50, 1, 0)), "final.policy.validity");
        assertThat(policies.current()).isEqualTo(before);
    }
}
