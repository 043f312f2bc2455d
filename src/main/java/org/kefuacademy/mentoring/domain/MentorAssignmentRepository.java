package org.kefuacademy.mentoring.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MentorAssignmentRepository extends JpaRepository<MentorAssignment, Long> {

    @Query("select a from MentorAssignment a where a.traineeId = :traineeId and a.endedOn is null")
    Optional<MentorAssignment> findCurrent(@Param("traineeId") long traineeId);

    List<MentorAssignment> findByTraineeIdOrderByStartedOnDescIdDesc(long traineeId);

    List<MentorAssignment> findByMentorIdOrderByStartedOnDescIdDesc(long mentorId);

    boolean existsByTraineeIdAndMentorId(long traineeId, long mentorId);

    /** Assignments (current ones first, then newest) with how many sessions each has and how many wait for confirmation. */
    @Query("""
            select new org.kefuacademy.mentoring.domain.PairRow(a.id, a.traineeId, a.mentorId, a.startedOn, a.endedOn,
                   count(s.id), coalesce(sum(case when s.id is not null and s.confirmedAt is null then 1 else 0 end), 0))
            from MentorAssignment a left join MentoringSession s on s.assignmentId = a.id
            where (:mentorId is null or a.mentorId = :mentorId) and (:currentOnly = false or a.endedOn is null)
            group by a.id, a.traineeId, a.mentorId, a.startedOn, a.endedOn
            order by case when a.endedOn is null then 0 else 1 end, a.startedOn desc, a.id desc
            """)
    List<PairRow> pairs(@Param("mentorId") Long mentorId, @Param("currentOnly") boolean currentOnly, Pageable page);

    @Query("select count(a) from MentorAssignment a where (:mentorId is null or a.mentorId = :mentorId) and (:currentOnly = false or a.endedOn is null)")
    long countPairs(@Param("mentorId") Long mentorId, @Param("currentOnly") boolean currentOnly);
}
