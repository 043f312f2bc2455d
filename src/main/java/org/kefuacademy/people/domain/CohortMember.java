package org.kefuacademy.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Membership of one account in one cohort, as a trainee or as a trainer. */
@Entity
@Table(name = "cohort_member")
public class CohortMember {

    public enum MemberRole { TRAINEE, TRAINER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "member_role", nullable = false, length = 20)
    private MemberRole memberRole;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected CohortMember() {
    }

    public CohortMember(Long cohortId, Long accountId, MemberRole memberRole, Instant joinedAt) {
        this.cohortId = cohortId;
        this.accountId = accountId;
        this.memberRole = memberRole;
        this.joinedAt = joinedAt;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public MemberRole getMemberRole() {
        return memberRole;
    }
}
