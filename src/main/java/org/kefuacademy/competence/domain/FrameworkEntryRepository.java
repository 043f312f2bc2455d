package org.kefuacademy.competence.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkEntryRepository extends JpaRepository<FrameworkEntry, String> {
    List<FrameworkEntry> findByActiveTrue();
}
