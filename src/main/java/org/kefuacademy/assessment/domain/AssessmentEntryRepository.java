package org.kefuacademy.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentEntryRepository extends JpaRepository<AssessmentEntry, String> {

    List<AssessmentEntry> findByActiveTrueOrderByAssessmentKey();
}
