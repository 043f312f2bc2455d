package org.kefuacademy.mentoring.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MentoringSessionRepository extends JpaRepository<MentoringSession, Long> {

    List<MentoringSession> findByTraineeIdOrderByHeldOnDescIdDesc(long traineeId);

    List<MentoringSession> findByMentorIdOrderByHeldOnDescIdDesc(long mentorId);
}
