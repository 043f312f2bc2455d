package org.kefuacademy.roleplay.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StepScoreRepository extends JpaRepository<StepScore, Long> {
    List<StepScore> findByRunId(long runId);

    Optional<StepScore> findByStepIdAndCompetence(long stepId, String competence);
}
