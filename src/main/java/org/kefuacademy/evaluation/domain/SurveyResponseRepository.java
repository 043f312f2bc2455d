package org.kefuacademy.evaluation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    Optional<SurveyResponse> findByAccountIdAndCohortIdAndWeekNo(long accountId, long cohortId, int weekNo);

    List<SurveyResponse> findByAccountIdAndCohortIdOrderByWeekNo(long accountId, long cohortId);

    List<SurveyResponse> findByAccountIdOrderByCohortIdAscWeekNoAsc(long accountId);

    long countByCohortIdAndWeekNo(long cohortId, int weekNo);

    /** Per week of a cohort: responses, and the mean of every scale answer given (one aggregate query). */
    @Query("""
            select r.weekNo as weekNo, count(distinct r.id) as responses, avg(1.0 * a.score) as mean
            from SurveyResponse r left join SurveyAnswer a on a.responseId = r.id and a.score is not null
            where r.cohortId = :cohort
            group by r.weekNo""")
    List<WeekMean> weekMeans(@Param("cohort") long cohortId);

    interface WeekMean {
        Integer getWeekNo();

        Long getResponses();

        Double getMean();
    }
}
