package org.kefuacademy.assessment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptAnswerRepository extends JpaRepository<AttemptAnswer, Long> {

    List<AttemptAnswer> findByAttemptIdOrderByPositionNo(Long attemptId);

    Optional<AttemptAnswer> findByAttemptIdAndPositionNo(Long attemptId, int positionNo);
}
