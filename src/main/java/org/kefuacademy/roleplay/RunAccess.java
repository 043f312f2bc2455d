package org.kefuacademy.roleplay;

import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.roleplay.domain.RoleplayRun;
import org.kefuacademy.roleplay.domain.RoleplayRunRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The data-level rule for runs: a trainee reaches only their own; trainers, HR and admins any. */
@Component
class RunAccess {
    private final RoleplayRunRepository runs;
    private final CurrentUser currentUser;

    RunAccess(RoleplayRunRepository runs, CurrentUser currentUser) {
        this.runs = runs;
        this.currentUser = currentUser;
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

    RoleplayRun readable(long runId) {
        if (isStaff()) {
            return runs.findById(runId).orElseThrow(() -> new AccessDeniedException("no such run"));
        }
        return own(runId);
    }
}
