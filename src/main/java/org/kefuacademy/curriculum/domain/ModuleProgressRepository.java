package org.kefuacademy.curriculum.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ModuleProgressRepository extends JpaRepository<ModuleProgress, Long> {

    Optional<ModuleProgress> findByAccountIdAndContentKey(Long accountId, String contentKey);

    List<ModuleProgress> findByAccountId(Long accountId);

    /**
     * Per person: modules completed among {@code inUse}, and among {@code expected} (one GROUP BY over
     * the unique (account_id, content_key) index). Rows: accountId, completed, completedExpected.
     */
    @Query("""
            select p.accountId, count(p), sum(case when p.contentKey in :expected then 1 else 0 end)
            from ModuleProgress p
            where p.accountId in :accountIds and p.completedAt is not null and p.contentKey in :inUse
            group by p.accountId
            """)
    List<Object[]> completedCounts(@Param("accountIds") java.util.Collection<Long> accountIds,
                                   @Param("inUse") java.util.Collection<String> inUse,
                                   @Param("expected") java.util.Collection<String> expected);

    /** Which of {@code inUse} each person completed (rows: accountId, contentKey), for many cohorts' figures at once. */
    @Query("""
            select p.accountId, p.contentKey from ModuleProgress p
            where p.accountId in :accountIds and p.completedAt is not null and p.contentKey in :inUse
            """)
    List<Object[]> completedKeys(@Param("accountIds") java.util.Collection<Long> accountIds,
                                 @Param("inUse") java.util.Collection<String> inUse);
}
