package org.kefuacademy.evaluation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyTemplateEntryRepository extends JpaRepository<SurveyTemplateEntry, String> {
    List<SurveyTemplateEntry> findByActiveTrueOrderByTemplateKey();

    Optional<SurveyTemplateEntry> findFirstBySurveyKindAndActiveTrueOrderByTemplateKey(String surveyKind);
}
