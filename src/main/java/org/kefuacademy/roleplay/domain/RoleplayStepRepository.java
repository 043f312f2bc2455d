package org.kefuacademy.roleplay.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleplayStepRepository extends JpaRepository<RoleplayStep, Long> {
    List<RoleplayStep> findByRunIdOrderBySeq(long runId);

    int countByRunId(long runId);
}
