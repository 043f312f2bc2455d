package org.kefuacademy.platform.audit.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {
    @Query("""
            select a from AuditEntry a where (:subject is null or a.subjectAccountId = :subject)
            and (:actor is null or a.actorId = :actor) and (:action is null or a.action = :action)
            order by a.at desc, a.id desc""")
    List<AuditEntry> search(@Param("subject") Long subject, @Param("actor") Long actor, @Param("action") String action, Pageable page);

    @Query("""
            select count(a) from AuditEntry a where (:subject is null or a.subjectAccountId = :subject)
            and (:actor is null or a.actorId = :actor) and (:action is null or a.action = :action)""")
    long countMatching(@Param("subject") Long subject, @Param("actor") Long actor, @Param("action") String action);

    @Query("select distinct a.action from AuditEntry a order by a.action")
    List<String> actions();

    /** The chain in insertion order, one page after {@code afterId} (keyset paging: never the whole log). */
    @Query("select a from AuditEntry a where a.id > :after and a.id <= :upTo order by a.id")
    List<AuditEntry> chainPage(@Param("after") long afterId, @Param("upTo") long upToId, Pageable page);

    /** Lines written before the chain existed (only until the first start after V17). */
    @Query("select a from AuditEntry a where a.id > :after and a.entryHash is null order by a.id")
    List<AuditEntry> unchained(@Param("after") long afterId, Pageable page);
}
