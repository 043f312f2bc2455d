package org.kefuacademy.people.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    /** Cohorts by name, ignoring case; {@code lowerNames} must be lower-case already. */
    @Query("select c from Cohort c where lower(c.name) in :lowerNames")
    List<Cohort> findByLowerNameIn(@Param("lowerNames") java.util.Collection<String> lowerNames);

    /** One row per cohort with its member counts, computed in the database. */
    @Query("""
            select new org.kefuacademy.people.domain.CohortRow(c.id, c.name, c.startDate,
                   sum(case when m.memberRole = org.kefuacademy.people.domain.CohortMember.MemberRole.TRAINEE then 1 else 0 end),
                   sum(case when m.memberRole = org.kefuacademy.people.domain.CohortMember.MemberRole.TRAINER then 1 else 0 end))
            from Cohort c left join CohortMember m on m.cohortId = c.id
                   and m.status = org.kefuacademy.people.domain.CohortMember.Status.ACTIVE
            where :filter = '' or lower(c.name) like lower(concat('%', :filter, '%'))
            group by c.id, c.name, c.startDate
            order by c.startDate desc, c.id desc
            """)
    Slice<CohortRow> searchRows(@Param("filter") String filter, Pageable pageable);

    @Query("""
            select c from Cohort c, CohortMember m
            where m.cohortId = c.id and m.accountId = :accountId
              and m.status = org.kefuacademy.people.domain.CohortMember.Status.ACTIVE
            order by c.startDate desc
            """)
    /** The cohorts the account is an active member of, newest first. */
    List<Cohort> findByMember(@Param("accountId") Long accountId);

    Optional<Cohort> findByNameIgnoreCase(String name);
}
