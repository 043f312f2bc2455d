package org.kefuacademy.certificate.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FinalPolicyRepository extends JpaRepository<FinalPolicy, Long> {
}
