package org.kefuacademy.certificate.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {
    Optional<Certificate> findByCode(String code);

    List<Certificate> findByAccountIdOrderByIssuedAtDesc(long accountId);

    List<Certificate> findByAccountIdInOrderByPersonName(Collection<Long> accountIds);

    /** Valid certificates that expire before {@code until} (re-certification reminders). */
    @Query("""
            select c from Certificate c where c.revokedAt is null and c.expiresAt is not null
            and c.expiresAt > :now and c.expiresAt <= :until order by c.expiresAt""")
    List<Certificate> expiringBetween(@Param("now") Instant now, @Param("until") Instant until);
}
