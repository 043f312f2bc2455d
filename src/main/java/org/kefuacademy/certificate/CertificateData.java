package org.kefuacademy.certificate;

import java.time.Instant;
import java.time.LocalDate;

/** What a certificate shows. */
public record CertificateData(String code, String personName, String cohortName, LocalDate periodStart, LocalDate periodEnd,
                              int theory, int practical, int attitude, int overall, Instant issuedAt, Instant expiresAt,
                              String verifyUrl) {
}
