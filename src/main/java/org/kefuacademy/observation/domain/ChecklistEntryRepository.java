package org.kefuacademy.observation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistEntryRepository extends JpaRepository<ChecklistEntry, String> {
    List<ChecklistEntry> findByActiveTrueOrderByCategoryAscChecklistKeyAsc();
}
