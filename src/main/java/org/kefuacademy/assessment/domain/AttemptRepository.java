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

    /** Per person and assessment, the best graded percent and whether any attempt passed: a cohort's results without its attempts. */
    @Query("""
            select a.accountId as accountId, a.assessmentKey as assessmentKey, max(a.scorePercent) as bestPercent,
                   max(case when a.passed = true then 1 else 0 end) as passed
            from Attempt a where a.accountId in :accounts and a.status = 'GRADED'
            group by a.accountId, a.assessmentKey""")
    List<BestResult> bestResults(@Param("accounts") java.util.Collection<Long> accounts);

    interface BestResult {
        Long getAccountId();

        String getAssessmentKey();

        java.math.BigDecimal getBestPercent();

        Integer getPassed();
    }
}
