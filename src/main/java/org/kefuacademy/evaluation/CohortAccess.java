package org.kefuacademy.evaluation;

import java.util.List;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.MyCohort;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Which cohorts the signed-in staff member may evaluate: HR and administrators any, a trainer only those they train. */
@Component
class CohortAccess {
    private static final int COHORTS_LISTED = 100;
    private final CohortService cohorts;
    private final CurrentUser currentUser;

    CohortAccess(CohortService cohorts, CurrentUser currentUser) {
        this.cohorts = cohorts;
        this.currentUser = currentUser;
    }

    boolean hrOrAdmin() {
        var me = currentUser.require();
        return me.hasRole(Role.HR) || me.hasRole(Role.ADMIN);
    }

    List<CohortSummary> readable() {
        if (hrOrAdmin()) {
            return cohorts.search("", PageRequest.of(0, COHORTS_LISTED));
        }
        return cohorts.mine().stream().filter(MyCohort::asTrainer).map(MyCohort::cohort).toList();
    }

    CohortSummary require(long cohortId) {
        if (hrOrAdmin()) {
            return cohorts.readable(cohortId);
        }
        return cohorts.mine().stream().filter(c -> c.asTrainer() && c.cohort().id() == cohortId).map(MyCohort::cohort).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not your cohort"));
    }
}
