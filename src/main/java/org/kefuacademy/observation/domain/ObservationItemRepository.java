package org.kefuacademy.observation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObservationItemRepository extends JpaRepository<ObservationItem, Long> {
    List<ObservationItem> findByObservationIdOrderByItemNo(long observationId);
}
