package org.kefuacademy.observation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObservationRepository extends JpaRepository<Observation, Long> {
    List<Observation> findByAccountIdOrderByObservedAtDesc(long accountId);
}
