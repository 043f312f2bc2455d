package org.kefuacademy.records.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WeeklySummaryRepository extends JpaRepository<WeeklySummary, Long> {
    Optional<WeeklySummary> findByAccountIdAndCohortIdAndWeekNo(long accountId, long cohortId, int weekNo);

    List<WeeklySummary> findByAccountIdOrderByCohortIdAscWeekNoAsc(long accountId);

    List<WeeklySummary> findByCohortId(long cohortId);
}
