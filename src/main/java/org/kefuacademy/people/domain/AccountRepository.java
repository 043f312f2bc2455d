package org.kefuacademy.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kefuacademy.platform.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    /** Case-insensitive search over user name, display name and employee number (both databases). */
    @Query("""
            select a from Account a
            where :filter = ''
               or lower(a.username) like lower(concat('%', :filter, '%'))
               or lower(a.displayName) like lower(concat('%', :filter, '%'))
               or lower(a.employeeNo) like lower(concat('%', :filter, '%'))
            """)
    Slice<Account> search(@Param("filter") String filter, Pageable pageable);

    @Query("""
            select a from Account a join a.roles r
            where r = :role and a.enabled = true
              and (:filter = '' or lower(a.displayName) like lower(concat('%', :filter, '%'))
                   or lower(a.username) like lower(concat('%', :filter, '%')))
            """)
    Slice<Account> searchByRole(@Param("role") Role role, @Param("filter") String filter, Pageable pageable);

    @Query("select count(a) from Account a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(@Param("role") Role role);

    List<Account> findByIdIn(Collection<Long> ids);

    /** Accounts whose user name or employee number is one of these (roster import refuses to reuse them). */
    @Query("select a from Account a where a.username in :values or a.employeeNo in :values")
    List<Account> findByUsernameOrEmployeeNoIn(@Param("values") Collection<String> values);

    /** Accounts disabled before {@code before} and not yet anonymised, longest disabled first (retention). */
    @Query("""
            select a.id from Account a where a.enabled = false and a.anonymisedAt is null and a.disabledAt < :before
            order by a.disabledAt, a.id""")
    List<Long> disabledBefore(@Param("before") java.time.Instant before, Pageable page);
}
