package org.kefuacademy.assessment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttemptAnswerRepository extends JpaRepository<AttemptAnswer, Long> {

    List<AttemptAnswer> findByAttemptIdOrderByPositionNo(Long attemptId);

    Optional<AttemptAnswer> findByAttemptIdAndPositionNo(Long attemptId, int positionNo);

    /** Short answers of submitted attempts that no trainer has graded yet, oldest first. */
    @Query("""
            select a from AttemptAnswer a, Attempt t
            where t.id = a.attemptId and t.status = 'SUBMITTED' and a.questionType = 'short' and a.result is null
            order by t.submittedAt, a.positionNo
            """)
    List<AttemptAnswer> findAwaitingGrading(Pageable page);

    /** As {@link #findAwaitingGrading}, only the answers of these people (a trainer's cohorts' trainees). */
    @Query("""
            select a from AttemptAnswer a, Attempt t
            where t.id = a.attemptId and t.status = 'SUBMITTED' and a.questionType = 'short' and a.result is null
              and t.accountId in :accountIds
            order by t.submittedAt, a.positionNo
            """)
    List<AttemptAnswer> findAwaitingGradingOf(
            @org.springframework.data.repository.query.Param("accountIds") java.util.Collection<Long> accountIds, Pageable page);

    /** Automatically graded answers to a question in finished attempts (for a re-grade). */
    @Query("""
            select a from AttemptAnswer a, Attempt t
            where t.id = a.attemptId and t.status <> 'IN_PROGRESS' and a.questionId = :questionId
              and a.result is not null and a.questionType <> 'short'
            order by a.id
            """)
    List<AttemptAnswer> findGradedByQuestion(@org.springframework.data.repository.query.Param("questionId") String questionId);

    /** Per question, the sums from which facility and discrimination follow (graded attempts only). */
    @Query("""
            select new org.kefuacademy.assessment.domain.ItemSums(a.questionId, max(a.bankVersionId), count(a),
                   sum(cast(a.earned as double) / a.points), sum(cast(t.scorePercent as double)),
                   sum(cast(a.earned as double) / a.points * cast(t.scorePercent as double)),
                   sum(cast(a.earned as double) / a.points * cast(a.earned as double) / a.points),
                   sum(cast(t.scorePercent as double) * cast(t.scorePercent as double)))
            from AttemptAnswer a, Attempt t
            where t.id = a.attemptId and t.status = 'GRADED' and a.earned is not null
            group by a.questionId
            order by a.questionId
            """)
    List<ItemSums> itemSums(Pageable page);

    /** How often each stored response was given to each choice question (graded attempts only). */
    @Query("""
            select a.questionId, a.response, count(a) from AttemptAnswer a, Attempt t
            where t.id = a.attemptId and t.status = 'GRADED' and a.questionType in ('single', 'multiple')
              and a.response is not null
            group by a.questionId, a.response
            """)
    List<Object[]> choiceCounts();
}
