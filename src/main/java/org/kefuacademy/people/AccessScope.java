package org.kefuacademy.people;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.security.KefuUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-level rule every feature applies to a person's records: one's own; a trainer the trainees
 * of the cohorts they train; HR and administrators everyone. Services call it; views only pick from it.
 */
@Service
@Transactional(readOnly = true)
public class AccessScope {
    static final int COHORTS_LISTED = 100;
    private final CohortService cohorts;
    private final CurrentUser currentUser;

    AccessScope(CohortService cohorts, CurrentUser currentUser) {
        this.cohorts = cohorts;
        this.currentUser = currentUser;
    }

    /** HR and administrators read everyone's records. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public boolean seesEveryone() {
        return seesEveryone(currentUser.require());
    }

    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public boolean mayRead(long accountId) {
        KefuUser me = currentUser.require();
        return me.accountId() == accountId || seesEveryone(me)
                || me.hasRole(Role.TRAINER) && cohorts.trains(me.accountId(), accountId);
    }

    /** Refuses ({@link AccessDeniedException}) a person whose records the signed-in person may not read. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public void requireReadable(long accountId) {
        if (!mayRead(accountId)) {
            throw new AccessDeniedException("not a trainee of your cohorts");
        }
    }

    /**
     * Whose records a list may show, for the list's query: empty for everyone (HR, administrators); a
     * trainer their cohorts' trainees and themselves; anyone else only themselves.
     */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public Optional<Set<Long>> readablePeople() {
        KefuUser me = currentUser.require();
        if (seesEveryone(me)) {
            return Optional.empty();
        }
        Set<Long> ids = new HashSet<>();
        ids.add(me.accountId());
        if (me.hasRole(Role.TRAINER)) {
            ids.addAll(cohorts.traineeIdsOfMyCohorts());
        }
        return Optional.of(Set.copyOf(ids));
    }

    /** The cohorts a staff member may pick in a view (heatmap, observation, certificates): newest first. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public List<CohortSummary> readableCohorts() {
        if (seesEveryone()) {
            return cohorts.search("", PageRequest.of(0, COHORTS_LISTED));
        }
        return cohorts.mine().stream().filter(MyCohort::asTrainer).map(MyCohort::cohort)
                .sorted(java.util.Comparator.comparing(CohortSummary::startDate).reversed()).toList();
    }

    private static boolean seesEveryone(KefuUser me) {
        return me.hasRole(Role.HR) || me.hasRole(Role.ADMIN);
    }
}
