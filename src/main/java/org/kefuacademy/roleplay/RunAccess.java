package org.kefuacademy.roleplay;

import org.kefuacademy.people.AccessScope;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.roleplay.domain.RoleplayRun;
import org.kefuacademy.roleplay.domain.RoleplayRunRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The data-level rule for runs: a trainee reaches only their own, a trainer their cohorts' trainees', HR and admins any. */
@Component
class RunAccess {
    private final RoleplayRunRepository runs;
    private final CurrentUser currentUser;
    private final AccessScope scope;

    RunAccess(RoleplayRunRepository runs, CurrentUser currentUser, AccessScope scope) {
        this.runs = runs;
        this.currentUser = currentUser;
        this.scope = scope;
    }

    /** The signed-in person's own run, or a refusal that reveals nothing about others'. */
    RoleplayRun own(long runId) {
        RoleplayRun run = runs.findById(runId).orElseThrow(() -> new AccessDeniedException("no such run"));
        if (run.getAccountId() != currentUser.accountId()) {
            throw new AccessDeniedException("not your run");
        }
        return run;
    }

    /** As {@link #own}, locked for the rest of the transaction, so that two answers to one run queue up. */
    RoleplayRun ownForUpdate(long runId) {
        RoleplayRun run = runs.findForUpdate(runId).orElseThrow(() -> new AccessDeniedException("no such run"));
        if (run.getAccountId() != currentUser.accountId()) {
            throw new AccessDeniedException("not your run");
        }
        return run;
    }

    boolean isStaff() {
        return currentUser.require().isStaff();
    }

    /** A run the signed-in person may read: their own, a trainee's of a cohort they train, or any for HR. */
    RoleplayRun readable(long runId) {
        if (!isStaff()) {
            return own(runId);
        }
        RoleplayRun run = runs.findById(runId).orElseThrow(() -> new AccessDeniedException("no such run"));
        scope.requireReadable(run.getAccountId());
        return run;
    }

    /** Refuses a person whose records the signed-in person may not read. */
    void requireReadable(long accountId) {
        scope.requireReadable(accountId);
    }

    /** Whose runs a list may show: empty for everyone (HR, administrators). */
    java.util.Optional<java.util.Set<Long>> readablePeople() {
        return scope.readablePeople();
    }
}
