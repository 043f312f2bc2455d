package org.kefuacademy.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByAccountIdAndAssessmentKeyOrderByAttemptNo(Long accountId, String assessmentKey);

    List<Attempt> findByAccountIdOrderByStartedAtDesc(Long accountId);

    Optional<Attempt> findFirstByAccountIdAndAssessmentKeyAndStatus(Long accountId, String assessmentKey, String status);

    /** Attempts still open after their deadline (plus grace), oldest first. */
    @Query("select a.id from Attempt a where a.status = 'IN_PROGRESS' and a.deadlineAt < :before order by a.deadlineAt")
    List<Long> findOverdue(@Param("before") Instant before, Pageable page);

    /**
     * Moves an attempt out of IN_PROGRESS exactly once: the caller that gets 1 grades it; a second
     * tab, a double click or the deadline sweeper gets 0 and does nothing.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Attempt a set a.status = 'SUBMITTED', a.submittedAt = :at, a.submittedBy = :by, a.version = a.version + 1
            where a.id = :id and a.status = 'IN_PROGRESS'
            """)
    int claimSubmission(@Param("id") Long id, @Param("at") Instant at, @Param("by") String by);
}
