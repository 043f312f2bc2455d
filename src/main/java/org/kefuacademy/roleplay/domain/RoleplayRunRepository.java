package org.kefuacademy.roleplay.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoleplayRunRepository extends JpaRepository<RoleplayRun, Long> {
    /** The run, locked until the transaction ends: one answer at a time per run. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RoleplayRun r where r.id = :id")
    Optional<RoleplayRun> findForUpdate(@Param("id") long id);

    List<RoleplayRun> findByAccountIdOrderByStartedAtDesc(long accountId);

    List<RoleplayRun> findByAccountIdAndScenarioKeyAndAssessedTrue(long accountId, String scenarioKey);

    @Query("select r from RoleplayRun r where r.finishedAt is not null order by r.finishedAt desc")
    List<RoleplayRun> finishedNewestFirst(Pageable page);

    @Query("select count(r) from RoleplayRun r where r.finishedAt is not null")
    long countFinished();

    @Query("select r from RoleplayRun r where r.finishedAt is not null and r.accountId in :accountIds order by r.finishedAt desc")
    List<RoleplayRun> finishedNewestFirstOf(@org.springframework.data.repository.query.Param("accountIds") java.util.Collection<Long> accountIds,
                                            Pageable page);

    @Query("select count(r) from RoleplayRun r where r.finishedAt is not null and r.accountId in :accountIds")
    long countFinishedOf(@org.springframework.data.repository.query.Param("accountIds") java.util.Collection<Long> accountIds);

    /** Best assessed percent per scenario for one person (the practical part of the final assessment). */
    @Query("""
            select r.scenarioKey as scenarioKey, max(r.scorePercent) as best from RoleplayRun r
            where r.accountId = :account and r.assessed = true and r.finishedAt is not null
            group by r.scenarioKey""")
    List<ScenarioBest> bestAssessed(@Param("account") long accountId);

    interface ScenarioBest {
        String getScenarioKey();

        Integer getBest();
    }
}
