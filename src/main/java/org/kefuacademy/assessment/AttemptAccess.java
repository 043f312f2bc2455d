package org.kefuacademy.assessment;

import org.kefuacademy.assessment.domain.Attempt;
import org.kefuacademy.assessment.domain.AttemptRepository;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The data-level rule for attempts: a trainee reaches only their own, a trainer their cohorts' trainees', HR and admins any. */
@Component
class AttemptAccess {
    private final AttemptRepository attempts;
    private final CurrentUser currentUser;
    private final AccessScope scope;

    AttemptAccess(AttemptRepository attempts, CurrentUser currentUser, AccessScope scope) {
        this.attempts = attempts;
        this.currentUser = currentUser;
        this.scope = scope;
    }

    /** The signed-in person's own attempt, or a refusal that reveals nothing about others'. */
    Attempt own(long attemptId) {
        Attempt attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
        if (!attempt.getAccountId().equals(currentUser.accountId())) {
            throw new AccessDeniedException("not your attempt");
        }
        return attempt;
    }

    /** Trainers, HR and administrators: they read the attempts they may open in full. */
    boolean isStaff() {
        return currentUser.require().isStaff();
    }

    /** An attempt the signed-in person may read: their own, a trainee's of a cohort they train, or any for HR. */
    Attempt readable(long attemptId) {
        if (!isStaff()) {
            return own(attemptId);
        }
        Attempt attempt = attempts.findById(attemptId).orElseThrow(() -> new UserFacingException("attempt.not-found", attemptId));
        requireReadable(attempt.getAccountId());
        return attempt;
    }

    /** Refuses a person whose records the signed-in person may not read. */
    void requireReadable(long accountId) {
        scope.requireReadable(accountId);
    }
}
