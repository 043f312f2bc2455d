package org.kefuacademy.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kefuacademy.platform.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
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

    /** With their roles in the same query: an eager collection is otherwise read one account at a time (a cohort's 50 trainees, 50 selects). */
    @EntityGraph(attributePaths = "roles")
    List<Account> findByIdIn(Collection<Long> ids);

    /** Accounts whose user name or employee number is one of these (roster import refuses to reuse them). */
    @Query("select a from Account a where a.username in :values or a.employeeNo in :values")
    List<Account> findByUsernameOrEmployeeNoIn(@Param("values") Collection<String> values);

    /** Accounts disabled before {@code before} and not yet anonymised, longest disabled first (retention). */
    @Query("""
            select a.id from Account a where a.enabled = false and a.anonymisedAt is null and a.disabledAt < :before
            order by a.disabledAt, a.id""")
    List<Long> disabledBefore(@Param("before") java.time.Instant before, Pageable page);

    /** One more failed sign-in, counted in the database so that every node adds to the same count. */
    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true)
    @Query("update Account a set a.failedSignIns = a.failedSignIns + 1 where a.id = :id")
    int addFailedSignIn(@Param("id") long id);

    /** Locks the account if it reached {@code max} failures; 1 only for the request that locked it. */
    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true)
    @Query("update Account a set a.lockedUntil = :until, a.failedSignIns = 0 where a.id = :id and a.failedSignIns >= :max")
    int lockIfReached(@Param("id") long id, @Param("max") int max, @Param("until") java.time.Instant until);

    /** Forgets failures and any lock (a successful sign-in, an administrator's unlock); 0 if there was nothing. */
    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true)
    @Query("update Account a set a.failedSignIns = 0, a.lockedUntil = null where a.id = :id and (a.failedSignIns <> 0 or a.lockedUntil is not null)")
    int clearFailedSignIns(@Param("id") long id);
}
