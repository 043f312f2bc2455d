package org.kefuacademy.assessment;

import org.kefuacademy.assessment.domain.Attempt;
import org.kefuacademy.assessment.domain.AttemptRepository;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The data-level rule for attempts: a trainee reaches only their own; trainers, HR and admins any. */
@Component
class AttemptAccess {
    private final AttemptRepository attempts;
    private final CurrentUser currentUser;

    AttemptAccess(AttemptRepository attempts, CurrentUser currentUser) {
        this.attempts = attempts;
        this.currentUser = currentUser;
    }

    /** The signed-in person's own attempt, or a refusal that reveals nothing about others'. */
    Attempt own(long attemptId) {
        Attempt attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
        if (!attempt.getAccountId().equals(currentUser.accountId())) {
            throw new AccessDeniedException("not your attempt");
        }
        return attempt;
    }

    long me() {
        return currentUser.accountId();
    }

    /** Trainers, HR and administrators: they may read any attempt in full. */
    boolean isStaff() {
        return currentUser.require().isStaff();
    }

    Attempt readable(long attemptId) {
        if (isStaff()) {
            return attempts.findById(attemptId).orElseThrow(() -> new UserFacingException("attempt.not-found", attemptId));
        }
        return own(attemptId);
    }
}
