package org.kefuacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.assessment.ExamTaker;
import org.kefuacademy.observation.Checklist;
import org.kefuacademy.observation.ObservationService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.roleplay.RoleplayService;
import org.kefuacademy.roleplay.RunView;
import org.kefuacademy.roleplay.ScenarioAuthoring;
import org.kefuacademy.roleplay.engine.TestScenarios;
import org.kefuacademy.testsupport.DatabaseTest;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The final assessment from real records (a graded final exam, assessed role-plays, observations) and
 * the certificate that follows: issued automatically, verified publicly, revoked, expired, bulk-zipped.
 */
class CertificateServiceTest extends DatabaseTest {
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ExamTaker exams;
    @Autowired
    RoleplayService roleplay;
    @Autowired
    ScenarioAuthoring authoring;
    @Autowired
    ObservationService observations;
    @Autowired
    FinalAssessmentService finals;
    @Autowired
    CertificateService certificates;
    @Autowired
    FinalPolicyService policies;
    @Autowired
    CohortService cohorts;

    private AccountSummary trainee;
    private AccountSummary trainer;
    private AccountSummary hr;
    private long cohort;

    @BeforeEach
    void aCohortAtItsFinalDay() {
        trainee = newAccount("王小雨", Role.TRAINEE);
        trainer = newAccount("讲师", Role.TRAINER);
        hr = newAccount("人事", Role.HR);
        signInAs(hr);
        cohort = cohorts.create(new CohortDraft(unique("结业批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of(trainer.id())));
        clock.setTo(LocalDateTime.of(2026, 11, 26, 9, 0));
    }

    private void passTheory() {
        signInAs(trainee);
        long attempt = exams.takeWithRightAnswers(FinalAssessmentService.FINAL_EXAM);
        signInAs(trainer);
        exams.gradeShortAnswersInFull(attempt);
    }

    /** Three assessed runs of a small scenario, played well. */
    private void passRoleplay() {
        for (int i = 0; i < 3; i++) {
            signInAs(trainer);
            String key = "fin-" + unique("s").replace('.', '-').toLowerCase();
            authoring.create(key, TestScenarios.CALL.replace("id: t\n", "id: " + key + "\nassessed: true\n"));
            signInAs(trainee);
            long run = roleplay.start(key, true);
            roleplay.choose(run, "ring", 0);
            roleplay.choose(run, "listen", 2);
            RunView end = roleplay.reply(run, "reply", "非常抱歉，我十分钟内给您回电话。");
            assertThat(end.finished()).isTrue();
        }
    }

    /** Every checklist scored in full (or with {@code attitudeShare} of each attitude item's points). */
    private void observeEverything(double attitudeShare) {
        signInAs(trainer);
        for (Checklist c : observations.checklists()) {
            Map<Integer, Integer> scores = new HashMap<>();
            double share = c.category() == Checklist.Category.ATTITUDE ? attitudeShare : 1.0;
            c.items().forEach(i -> scores.put(i.no(), (int) Math.round(i.max() * share)));
            observations.record(trainee.id(), c.id(), scores, Map.of(), "记录");
        }
    }

    @Test
    void missing_parts_are_named_and_no_certificate_is_issued() {
        passTheory();
        signInAs(trainee);
        FinalResult r = finals.result(trainee.id());
        assertThat(r.theory().percent()).isEqualTo(100);
        assertThat(r.practical().percent()).isNull();
        assertThat(r.practical().missing()).extracting(FinalResult.Note::key).contains("final.missing.roleplay", "final.missing.observation");
        assertThat(r.attitude().missing()).extracting(FinalResult.Note::key).containsExactly("final.missing.attitude");
        assertThat(r.complete()).isFalse();
        signInAs(hr);
        assertThatThrownBy(() -> certificates.issue(trainee.id())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void passing_every_part_issues_a_certificate_automatically_which_verifies_and_can_be_revoked() throws Exception {
        passTheory();
        passRoleplay();
        observeEverything(1.0);
        signInAs(trainee);
        FinalResult r = finals.result(trainee.id());
        assertThat(r.passed()).isTrue();
        int expected = (int) Math.round((40 * r.theory().percent() + 40 * r.practical().percent() + 20 * r.attitude().percent()) / 100.0);
        assertThat(r.overall()).isEqualTo(expected);
        List<CertificateRow> mine = certificates.mine();
        assertThat(mine).as("issued automatically after the last record").hasSize(1);
        CertificateRow c = mine.getFirst();
        assertThat(c.code()).hasSize(12).matches("[" + CertificateService.ALPHABET + "]+");
        assertThat(c.expiresAt()).isNotNull();

        String text = new PdfTextExtractor(new PdfReader(certificates.pdf(c.id()))).getTextFromPage(1);
        assertThat(text).contains("王小雨").contains("综合 " + r.overall() + " 分").contains(CertificatePdf.grouped(c.code()));

        Verification v = certificates.verify(CertificatePdf.grouped(c.code()).toLowerCase());
        assertThat(v.status()).isEqualTo(Verification.Status.VALID);
        assertThat(v.maskedName()).isEqualTo("王*雨");
        assertThat(certificates.verify("ABCDEFGHJKLM").status()).isEqualTo(Verification.Status.UNKNOWN);

        signInAs(newAccount("别的学员", Role.TRAINEE));
        assertThatThrownBy(() -> certificates.pdf(c.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(certificates.mine()).isEmpty();

        signInAs(hr);
        assertThatThrownBy(() -> certificates.revoke(c.id(), " ")).isInstanceOf(UserFacingException.class);
        certificates.revoke(c.id(), "考核材料不实");
        Verification revoked = certificates.verify(c.code());
        assertThat(revoked.status()).isEqualTo(Verification.Status.REVOKED);
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(jdbc.queryForList("select action, detail from audit_log where subject_account_id = ? order by id", trainee.id()))
                .extracting(m -> m.get("action"))
                .containsSubsequence(CertificateService.AUDIT_ISSUE, CertificateService.AUDIT_REVOKE);
        assertThat(jdbc.queryForObject("select detail from audit_log where subject_account_id = ? and action = ?", String.class,
                trainee.id(), CertificateService.AUDIT_REVOKE)).isEqualTo(c.code() + "：考核材料不实");
    }

    @Test
    void a_weak_attitude_fails_the_final_assessment_whatever_the_overall() {
        passTheory();
        passRoleplay();
        observeEverything(0.4);
        signInAs(hr);
        FinalResult r = finals.result(trainee.id());
        assertThat(r.attitude().percent()).isLessThan(60);
        assertThat(r.passed()).isFalse();
        assertThat(certificates.issueIfPassed(trainee.id())).isEmpty();
    }

    @Test
    void a_cohort_is_issued_in_bulk_with_progress_and_downloaded_as_one_zip_and_certificates_expire() throws Exception {
        passTheory();
        passRoleplay();
        observeEverything(1.0);
        signInAs(hr);
        List<String> progress = new ArrayList<>();
        int holding = certificates.issueForCohort(cohort, (done, total) -> progress.add(done + "/" + total));
        assertThat(holding).isEqualTo(1);
        assertThat(progress).containsExactly("1/1");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(certificates.zip(cohort)))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
                assertThat(new String(zip.readAllBytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            }
        }
        assertThat(entries).hasSize(1).allMatch(n -> n.startsWith("王小雨-") && n.endsWith(".pdf"));
        String code = certificates.ofCohort(cohort).getFirst().code();
        assertThat(certificates.expiringWithin(400)).extracting(CertificateRow::code).contains(code);
        assertThat(certificates.expiringWithin(60)).extracting(CertificateRow::code).doesNotContain(code);
        clock.setTo(LocalDateTime.of(2027, 10, 15, 9, 0));
        assertThat(certificates.expiringWithin(60)).extracting(CertificateRow::code).as("reminded 60 days ahead").contains(code);
        clock.setTo(LocalDateTime.of(2027, 12, 1, 9, 0));
        assertThat(certificates.verify(code).status()).isEqualTo(Verification.Status.EXPIRED);
    }

    @Test
    void hr_sets_the_rules_and_bad_rules_change_nothing() {
        signInAs(hr);
        PolicyView before = policies.current();
        assertThatThrownBy(() -> policies.change(new PolicyView(50, 40, 20, 80, 60, 50, 3, 12))).isInstanceOf(UserFacingException.class);
        assertThat(policies.current()).isEqualTo(before);
        signInAs(trainee);
        assertThatThrownBy(() -> policies.change(before)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> finals.result(hr.id())).isInstanceOf(AccessDeniedException.class);
    }
}
