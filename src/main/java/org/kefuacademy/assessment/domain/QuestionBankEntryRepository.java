package org.kefuacademy.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionBankEntryRepository extends JpaRepository<QuestionBankEntry, String> {

    List<QuestionBankEntry> findByActiveTrueOrderByBankKey();
}
