package org.kefuacademy.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegradeLogRepository extends JpaRepository<RegradeLog, Long> {

    List<RegradeLog> findByQuestionIdOrderByIdDesc(String questionId);
}
