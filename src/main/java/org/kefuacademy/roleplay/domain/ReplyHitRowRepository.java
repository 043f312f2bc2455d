package org.kefuacademy.roleplay.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplyHitRowRepository extends JpaRepository<ReplyHitRow, Long> {
    List<ReplyHitRow> findByStepIdIn(Collection<Long> stepIds);
}
