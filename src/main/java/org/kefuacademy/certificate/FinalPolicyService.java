package org.kefuacademy.certificate;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.kefuacademy.certificate.domain.FinalPolicy;
import org.kefuacademy.certificate.domain.FinalPolicyRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The final assessment's weights and thresholds: everyone may read them, HR and administrators set them. */
@Service
@Transactional
public class FinalPolicyService {
    private final FinalPolicyRepository policies;
    private final CurrentUser currentUser;
    private final Clock clock;

    FinalPolicyService(FinalPolicyRepository policies, CurrentUser currentUser, Clock clock) {
        this.policies = policies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public PolicyView current() {
        FinalPolicy p = policies.findById(FinalPolicy.ID).orElseThrow();
        return new PolicyView(p.getTheoryWeight(), p.getPracticalWeight(), p.getAttitudeWeight(), p.getPassOverall(),
                p.getPassEachPart(), p.getRoleplayShare(), p.getMinRoleplayScenarios(), p.getValidityMonths());
    }

    /** Changes the rules; weights must add up to 100 and every figure be in range, or nothing changes. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public PolicyView change(PolicyView v) {
        if (v.theoryWeight() < 0 || v.practicalWeight() < 0 || v.attitudeWeight() < 0
                || v.theoryWeight() + v.practicalWeight() + v.attitudeWeight() != 100) {
            throw new UserFacingException("final.policy.weights");
        }
        if (!inRange(v.passOverall()) || !inRange(v.passEachPart()) || !inRange(v.roleplayShare())) {
            throw new UserFacingException("final.policy.percent");
        }
        if (v.minRoleplayScenarios() < 0 || v.minRoleplayScenarios() > 50) {
            throw new UserFacingException("final.policy.scenarios");
        }
        if (v.validityMonths() != null && (v.validityMonths() < 1 || v.validityMonths() > 120)) {
            throw new UserFacingException("final.policy.validity");
        }
        policies.findById(FinalPolicy.ID).orElseThrow().change(v.theoryWeight(), v.practicalWeight(), v.attitudeWeight(),
                v.passOverall(), v.passEachPart(), v.roleplayShare(), v.minRoleplayScenarios(), v.validityMonths(),
                currentUser.accountId(), clock.instant());
        return current();
    }

    private static boolean inRange(int percent) {
        return percent >= 0 && percent <= 100;
    }
}
