package org.kefuacademy.certificate;

/** The final assessment's rules as HR set them. */
public record PolicyView(int theoryWeight, int practicalWeight, int attitudeWeight, int passOverall, int passEachPart,
                         int roleplayShare, int minRoleplayScenarios, Integer validityMonths) {
}
