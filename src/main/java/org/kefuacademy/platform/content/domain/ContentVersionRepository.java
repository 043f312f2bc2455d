package org.kefuacademy.platform.content.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentVersionRepository extends JpaRepository<ContentVersion, Long> {

    Optional<ContentVersion> findFirstByKindAndContentKeyOrderByVersionNoDesc(String kind, String contentKey);

    List<ContentVersion> findByKindAndContentKeyOrderByVersionNoDesc(String kind, String contentKey);
}
