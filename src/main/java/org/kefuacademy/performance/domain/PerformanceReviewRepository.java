package org.kefuacademy.performance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PerformanceReviewRepository extends JpaRepository<PerformanceReview, Long> {

    /** "Latest" is the review with the latest period end (the higher id on a tie); both team queries use it. */
    String LATEST = """
            r.accountId in :ids and not exists (select o.id from PerformanceReview o where o.accountId = r.accountId
              and (o.periodEnd > r.periodEnd or (o.periodEnd = r.periodEnd and o.id > r.id)))""";

    List<PerformanceReview> findByAccountIdOrderByPeriodEndDescIdDesc(long accountId);

    List<PerformanceReview> findByReviewerIdOrderByPeriodEndDescIdDesc(long reviewerId);

    boolean existsByAccountIdAndPeriodStartAndPeriodEnd(long accountId, LocalDate periodStart, LocalDate periodEnd);

    boolean existsByAccountIdAndPeriodStartAndPeriodEndAndIdNot(long accountId, LocalDate periodStart, LocalDate periodEnd, Long id);

    @Query("select r from PerformanceReview r where " + LATEST)
    List<PerformanceReview> latestOf(@Param("ids") Collection<Long> ids);

    @Query("""
            select new org.kefuacademy.performance.domain.TeamFiguresRow(count(r), avg(r.attitudeScore), avg(r.efficiencyScore),
                   avg(r.complaintScore), avg(r.satisfactionPct), avg(r.complaintsHandledPct), avg(r.responseHours),
                   sum(case when r.satisfactionPct >= :satisfaction then 1 else 0 end),
                   sum(case when r.complaintsHandledPct >= :handled then 1 else 0 end),
                   sum(case when r.responseHours <= :hours then 1 else 0 end))
            from PerformanceReview r""" + " where " + LATEST)
    TeamFiguresRow figuresOfLatest(@Param("ids") Collection<Long> ids, @Param("satisfaction") BigDecimal satisfaction,
                                   @Param("handled") BigDecimal handled, @Param("hours") BigDecimal hours);
}
