package org.kefuacademy.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.kefuacademy.certificate.domain.Certificate;
import org.kefuacademy.certificate.domain.CertificateRepository;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates: issued when the final assessment is passed (automatically, by HR, or for a whole
 * cohort), drawn as PDF from what was recorded on the day, verified publicly by an unguessable code,
 * revoked with a reason, optionally expiring.
 */
@Service
@Transactional
public class CertificateService {
    public static final String AUDIT_ISSUE = "ISSUE_CERTIFICATE";
    public static final String AUDIT_REVOKE = "REVOKE_CERTIFICATE";
    /** 32 letters and digits without 0/O, 1/I: 12 of them give 60 bits, and people can read them aloud. */
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 12;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AuditLog audit;
    private final CertificateRepository certificates;
    private final FinalAssessmentService finals;
    private final CohortService cohorts;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AccessScope scope;
    private final Clock clock;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();
    private final CertificatePdf pdf = new CertificatePdf(Branding.load());

    CertificateService(CertificateRepository certificates, FinalAssessmentService finals, CohortService cohorts,
                       AccountService accounts, CurrentUser currentUser, Clock clock,
                       @Value("${kefu.public-url:http://localhost:8080}") String publicUrl, AccessScope scope, AuditLog audit) {
        this.audit = audit;
        this.scope = scope;
        this.certificates = certificates;
        this.finals = finals;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Issues a certificate to a person who passed (or returns the valid one they already hold). */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public CertificateRow issue(long accountId) {
        return issueIfPassed(accountId).orElseThrow(() -> new UserFacingException("certificate.not-passed"));
    }

    /** The automatic path: issues only if the person passed and holds no valid certificate yet. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<CertificateRow> issueIfPassed(long accountId) {
        Instant now = clock.instant();
        Optional<Certificate> held = certificates.findByAccountIdOrderByIssuedAtDesc(accountId).stream()
                .filter(c -> !c.isRevoked() && !c.isExpired(now)).findFirst();
        if (held.isPresent()) {
            return held.map(this::row);
        }
        FinalResult result = finals.result(accountId);
        if (!result.passed()) {
            return Optional.empty();
        }
        AccountSummary person = accounts.findAll(java.util.Set.of(accountId)).getFirst();
        Optional<CohortSummary> cohort = cohorts.cohortsOf(accountId).stream().findFirst();
        Integer months = result.policy().validityMonths();
        Instant expires = months == null ? null : now.atZone(CHINA).plusMonths(months).toInstant();
        Certificate c = certificates.save(new Certificate(newCode(), accountId, person.displayName(),
                cohort.map(CohortSummary::name).orElse(null), cohort.map(s -> s.calendar().days().getFirst()).orElse(null),
                cohort.map(s -> s.calendar().days().getLast()).orElse(null), result.theory().percent(),
                result.practical().percent(), result.attitude().percent(), result.overall(), now,
                currentUser.find().map(u -> u.accountId()).filter(id -> id > 0).orElse(null), expires));
        audit.record(AUDIT_ISSUE, accountId, c.getCode());
        return Optional.of(row(c));
    }

    /** Issues to everyone in the cohort who passed; reports progress as (done, total). Returns how many hold one now. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int issueForCohort(long cohortId, BiConsumer<Integer, Integer> progress) {
        List<AccountSummary> trainees = cohorts.trainees(cohortId);
        int holding = 0;
        for (int i = 0; i < trainees.size(); i++) {
            holding += issueIfPassed(trainees.get(i).id()).isPresent() ? 1 : 0;
            progress.accept(i + 1, trainees.size());
        }
        return holding;
    }

    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void revoke(long certificateId, String reason) {
        String why = Fields.required(reason, Certificate.REVOKE_REASON_MAX_LENGTH, "certificate.reason-required",
                "certificate.reason-required");
        Certificate c = certificates.findById(certificateId).orElseThrow(() -> new UserFacingException("certificate.not-found"));
        if (c.isRevoked()) {
            throw new UserFacingException("certificate.already-revoked");
        }
        c.revoke(why, currentUser.accountId(), clock.instant());
        audit.record(AUDIT_REVOKE, c.getAccountId(), c.getCode() + "：" + why);
    }

    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<CertificateRow> mine() {
        return certificates.findByAccountIdOrderByIssuedAtDesc(currentUser.accountId()).stream().map(this::row).toList();
    }

    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<CertificateRow> ofCohort(long cohortId) {
        cohorts.readable(cohortId);
        List<Long> ids = cohorts.trainees(cohortId).stream().map(AccountSummary::id).toList();
        return ids.isEmpty() ? List.of() : certificates.findByAccountIdInOrderByPersonName(ids).stream().map(this::row).toList();
    }

    /** A person's certificates, newest first: HR and administrators anyone's, a trainer their cohorts' trainees'. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<CertificateRow> ofAccount(long accountId) {
        scope.requireReadable(accountId);
        return certificates.findByAccountIdOrderByIssuedAtDesc(accountId).stream().map(this::row).toList();
    }

    /** Valid certificates expiring within {@code days} (HR's re-certification reminders). */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<CertificateRow> expiringWithin(int days) {
        Instant now = clock.instant();
        return certificates.expiringBetween(now, now.plus(Duration.ofDays(days))).stream().map(this::row).toList();
    }

    /** The PDF of a certificate: one's own; a trainer their cohorts' trainees'; HR any. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public byte[] pdf(long certificateId) {
        Certificate c = readable(certificateId);
        return pdf.render(data(c));
    }

    /** The valid certificates of a cohort as one ZIP of PDFs. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public byte[] zip(long cohortId) {
        Instant now = clock.instant();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (CertificateRow r : ofCohort(cohortId)) {
                if (r.valid(now)) {
                    zip.putNextEntry(new ZipEntry(r.personName() + "-" + r.code() + ".pdf"));
                    zip.write(pdf.render(data(certificates.findById(r.id()).orElseThrow())));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Public: what anyone holding the code may learn. Reveals nothing for an unknown code. */
    @PermitAll
    @Transactional(readOnly = true)
    public Verification verify(String code) {
        String clean = code == null ? "" : code.strip().toUpperCase().replace("-", "");
        if (!clean.matches("[" + ALPHABET + "]{" + CODE_LENGTH + "}")) {
            return Verification.unknown();
        }
        return certificates.findByCode(clean).map(c -> new Verification(
                c.isRevoked() ? Verification.Status.REVOKED : c.isExpired(clock.instant()) ? Verification.Status.EXPIRED
                        : Verification.Status.VALID,
                Verification.mask(c.getPersonName()), c.getCohortName(), c.getIssuedAt(), c.getRevokedAt(), c.getExpiresAt()))
                .orElseGet(Verification::unknown);
    }

    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public String verifyUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    private Certificate readable(long id) {
        Certificate c = certificates.findById(id).orElseThrow(() -> new AccessDeniedException("no such certificate"));
        if (!scope.mayRead(c.getAccountId())) {
            throw new AccessDeniedException("not your certificate");
        }
        return c;
    }

    private CertificateData data(Certificate c) {
        return new CertificateData(c.getCode(), c.getPersonName(), c.getCohortName(), c.getPeriodStart(), c.getPeriodEnd(),
                c.getTheory(), c.getPractical(), c.getAttitude(), c.getOverall(), c.getIssuedAt(), c.getExpiresAt(),
                verifyUrl(c.getCode()));
    }

    private CertificateRow row(Certificate c) {
        return new CertificateRow(c.getId(), c.getCode(), c.getAccountId(), c.getPersonName(), c.getCohortName(), c.getOverall(),
                c.getIssuedAt(), c.getExpiresAt(), c.getRevokedAt(), c.getRevokeReason());
    }

    private String newCode() {
        while (true) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (certificates.findByCode(code.toString()).isEmpty()) {
                return code.toString();
            }
        }
    }
}
