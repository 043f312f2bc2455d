package org.kefuacademy.competence.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {
    Optional<Evidence> findBySourceKeyAndCompetence(String sourceKey, String competence);

    List<Evidence> findByAccountIdOrderByRecordedAtDesc(long accountId);

    /** Evidence summed per person, competence and day: what a heatmap needs, never the rows themselves. */
    @Query("""
            select e.accountId as accountId, e.competence as competence, cast(e.recordedAt as LocalDate) as day,
                   count(e) as items, sum(e.earned) as earned, sum(e.possible) as possible
            from Evidence e where e.accountId in :accounts
            group by e.accountId, e.competence, cast(e.recordedAt as LocalDate)""")
    List<DailySum> dailySums(@Param("accounts") Collection<Long> accounts);

    interface DailySum {
        Long getAccountId();

        String getCompetence();

        LocalDate getDay();

        Long getItems();

        java.math.BigDecimal getEarned();

        java.math.BigDecimal getPossible();
    }
}
