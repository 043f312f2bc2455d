package org.kefuacademy.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The final assessment's rules (a single row, id 1), set by HR. */
@Entity
@Table(name = "final_policy")
public class FinalPolicy {
    public static final long ID = 1;
    @Id
    private Long id;
    @Column(name = "theory_weight", nullable = false)
    private int theoryWeight;
    @Column(name = "practical_weight", nullable = false)
    private int practicalWeight;
    @Column(name = "attitude_weight", nullable = false)
    private int attitudeWeight;
    @Column(name = "pass_overall", nullable = false)
    private int passOverall;
    @Column(name = "pass_each_part", nullable = false)
    private int passEachPart;
    @Column(name = "roleplay_share", nullable = false)
    private int roleplayShare;
    @Column(name = "min_roleplay_scenarios", nullable = false)
    private int minRoleplayScenarios;
    @Column(name = "validity_months")
    private Integer validityMonths;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by")
    private Long updatedBy;

    protected FinalPolicy() {
    }

    public void change(int theory, int practical, int attitude, int passOverall, int passEachPart, int roleplayShare,
                       int minRoleplayScenarios, Integer validityMonths, long by, Instant now) {
        this.theoryWeight = theory;
        this.practicalWeight = practical;
        this.attitudeWeight = attitude;
        this.passOverall = passOverall;
        this.passEachPart = passEachPart;
        this.roleplayShare = roleplayShare;
        this.minRoleplayScenarios = minRoleplayScenarios;
        this.validityMonths = validityMonths;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public int getTheoryWeight() {
        return theoryWeight;
    }

    public int getPracticalWeight() {
        return practicalWeight;
    }

    public int getAttitudeWeight() {
        return attitudeWeight;
    }

    public int getPassOverall() {
        return passOverall;
    }

    public int getPassEachPart() {
        return passEachPart;
    }

    public int getRoleplayShare() {
        return roleplayShare;
    }

    public int getMinRoleplayScenarios() {
        return minRoleplayScenarios;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }
}
