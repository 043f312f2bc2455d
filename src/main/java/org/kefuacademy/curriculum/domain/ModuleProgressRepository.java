package org.kefuacademy.curriculum.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModuleProgressRepository extends JpaRepository<ModuleProgress, Long> {

    Optional<ModuleProgress> findByAccountIdAndContentKey(Long accountId, String contentKey);

    List<ModuleProgress> findByAccountId(Long accountId);
}
