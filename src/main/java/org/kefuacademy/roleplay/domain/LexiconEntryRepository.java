package org.kefuacademy.roleplay.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LexiconEntryRepository extends JpaRepository<LexiconEntry, String> {
    List<LexiconEntry> findByActiveTrue();
}
