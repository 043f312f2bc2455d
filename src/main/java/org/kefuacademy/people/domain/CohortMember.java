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
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Membership of one account in one cohort, as a trainee or as a trainer. A trainee who leaves keeps the
 * row, marked transferred or withdrawn, so the record shows where they were and why they left.
 */
@Entity
@Table(name = "cohort_member")
public class CohortMember {

    public enum MemberRole { TRAINEE, TRAINER }

    public enum Status { ACTIVE, TRANSFERRED, WITHDRAWN }

    public static final int REASON_MAX_LENGTH = 500;

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

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Status status = Status.ACTIVE;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "leave_reason", length = REASON_MAX_LENGTH)
    private String leaveReason;

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

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getLeaveReason() {
        return leaveReason;
    }

    /** The trainee left this cohort (moved to another, or gave up the training). */
    public void leave(Status how, LocalDate on, String reason) {
        this.status = how;
        this.leftOn = on;
        this.leaveReason = reason;
    }

    /** Back in the cohort (added again after leaving): a new start. */
    public void rejoin(Instant at) {
        this.status = Status.ACTIVE;
        this.leftOn = null;
        this.leaveReason = null;
        this.joinedAt = at;
    }
}
