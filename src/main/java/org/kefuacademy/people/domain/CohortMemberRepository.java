package org.kefuacademy.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CohortMemberRepository extends JpaRepository<CohortMember, Long> {

    /** Every membership of the cohort, active or not (editing keeps the rows of those who left). */
    List<CohortMember> findByCohortId(Long cohortId);

    List<CohortMember> findByCohortIdAndStatus(Long cohortId, CohortMember.Status status);

    List<CohortMember> findByCohortIdInAndStatus(Collection<Long> cohortIds, CohortMember.Status status);

    List<CohortMember> findByCohortIdInAndStatusAndMemberRole(Collection<Long> cohortIds, CohortMember.Status status,
                                                              CohortMember.MemberRole memberRole);

    /** Active trainees per cohort (a cohort without any is left out). */
    @Query("""
            select new org.kefuacademy.people.domain.TraineeCount(m.cohortId, count(m)) from CohortMember m
            where m.cohortId in :cohortIds
              and m.memberRole = org.kefuacademy.people.domain.CohortMember.MemberRole.TRAINEE
              and m.status = org.kefuacademy.people.domain.CohortMember.Status.ACTIVE
            group by m.cohortId
            """)
    List<TraineeCount> countActiveTrainees(@Param("cohortIds") Collection<Long> cohortIds);

    Optional<CohortMember> findByCohortIdAndAccountId(Long cohortId, Long accountId);

    /** A person's memberships as a trainee, active or not, oldest first: where they trained and where they left. */
    List<CohortMember> findByAccountIdAndMemberRoleOrderByJoinedAt(Long accountId, CohortMember.MemberRole memberRole);

    /** Active trainee memberships of these accounts in cohorts other than the given one. */
    @Query("""
            select m from CohortMember m
            where m.accountId in :accountIds and m.cohortId <> :cohortId
              and m.memberRole = org.kefuacademy.people.domain.CohortMember.MemberRole.TRAINEE
              and m.status = org.kefuacademy.people.domain.CohortMember.Status.ACTIVE
            """)
    List<CohortMember> traineeMembershipsElsewhere(@Param("accountIds") Collection<Long> accountIds,
                                                   @Param("cohortId") Long cohortId);

    /**
     * Whether the trainer trains a cohort the trainee is in or withdrew from. A transferred trainee
     * belongs to the new cohort's trainers only.
     */
    @Query("""
            select count(t) > 0 from CohortMember t, CohortMember p
            where t.cohortId = p.cohortId and t.accountId = :trainerId
              and t.memberRole = org.kefuacademy.people.domain.CohortMember.MemberRole.TRAINER
              and p.accountId = :traineeId
              and p.memberRole = org.kefuacademy.people.domain.CohortMember.MemberRole.TRAINEE
              and p.status <> org.kefuacademy.people.domain.CohortMember.Status.TRANSFERRED
            """)
    boolean trains(@Param("trainerId") Long trainerId, @Param("traineeId") Long traineeId);
}
