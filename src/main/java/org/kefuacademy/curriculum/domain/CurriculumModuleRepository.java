package org.kefuacademy.curriculum.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CurriculumModuleRepository extends JpaRepository<CurriculumModule, String> {

    @Query("select m from CurriculumModule m where m.active = true and m.pageKind = :kind order by m.weekNo, m.dayNo, m.contentKey")
    List<CurriculumModule> findActive(@Param("kind") String kind);

    @Query("select m from CurriculumModule m order by m.active desc, m.pageKind, m.weekNo, m.dayNo, m.contentKey")
    List<CurriculumModule> findAllOrdered(Pageable page);

    /** Active pages whose title or current text contains the phrase (LIKE works for Chinese). */
    @Query("""
            select m from CurriculumModule m, org.kefuacademy.platform.content.domain.ContentVersion v
            where v.id = m.currentVersionId and m.active = true
              and (lower(m.title) like lower(concat('%', :phrase, '%')) or lower(v.body) like lower(concat('%', :phrase, '%')))
            order by m.pageKind, m.weekNo, m.dayNo
            """)
    List<CurriculumModule> search(@Param("phrase") String phrase, Pageable page);
}
