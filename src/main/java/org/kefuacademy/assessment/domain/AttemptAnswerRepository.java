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
}
