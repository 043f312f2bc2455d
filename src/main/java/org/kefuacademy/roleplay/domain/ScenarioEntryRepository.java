package org.kefuacademy.roleplay.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScenarioEntryRepository extends JpaRepository<ScenarioEntry, String> {
    List<ScenarioEntry> findByActiveTrueOrderByWeekNoAscScenarioKeyAsc();

    List<ScenarioEntry> findAllByOrderByWeekNoAscScenarioKeyAsc();
}
