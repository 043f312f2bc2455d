package org.kefuacademy.roleplay.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StepReviewRepository extends JpaRepository<StepReview, Long> {
    List<StepReview> findByRunIdOrderByCreatedAt(long runId);
}
