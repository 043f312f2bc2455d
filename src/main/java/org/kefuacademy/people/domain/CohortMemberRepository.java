package org.kefuacademy.people.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CohortMemberRepository extends JpaRepository<CohortMember, Long> {

    List<CohortMember> findByCohortId(Long cohortId);

    /** Trainee memberships of these accounts in cohorts other than the given one. */
    @Query("""
            select m from CohortMember m
            where m.accountId in :accountIds and m.cohortId <> :cohortId
              and m.memberRole = org.kefuacademy.people.domain.CohortMember.MemberRole.TRAINEE
            """)
    List<CohortMember> traineeMembershipsElsewhere(@Param("accountIds") Collection<Long> accountIds,
                                                   @Param("cohortId") Long cohortId);

    @Modifying
    @Query("delete from CohortMember m where m.cohortId = :cohortId")
    void deleteByCohortId(@Param("cohortId") Long cohortId);
}
