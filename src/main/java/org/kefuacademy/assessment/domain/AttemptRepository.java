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

    /**
     * Per assessment and person: attempts made, best graded percent, whether any attempt passed (one
     * GROUP BY over the unique (account_id, assessment_key, attempt_no) index). For cohort reports.
     */
    @Query("""
            select a.assessmentKey, a.accountId, count(a),
                   max(case when a.status = 'GRADED' then a.scorePercent else null end),
                   max(case when a.passed = true then 1 else 0 end)
            from Attempt a where a.accountId in :accountIds
            group by a.assessmentKey, a.accountId
            """)
    List<Object[]> tallies(@Param("accountIds") java.util.Collection<Long> accountIds);
}
