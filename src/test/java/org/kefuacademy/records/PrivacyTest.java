package org.kefuacademy.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.assessment.ExamTaker;
import org.kefuacademy.certificate.CertificateRow;
import org.kefuacademy.certificate.CertificateService;
import org.kefuacademy.certificate.FinalAssessmentService;
import org.kefuacademy.certificate.Verification;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.observation.Checklist;
import org.kefuacademy.observation.ObservationService;
import org.kefuacademy.people.AccountDraft;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.roleplay.RoleplayService;
import org.kefuacademy.roleplay.RunView;
import org.kefuacademy.roleplay.ScenarioAuthoring;
import org.kefuacademy.roleplay.engine.TestScenarios;
import org.kefuacademy.testsupport.DatabaseTest;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trainee with every kind of record (reading, a graded exam, assessed role-plays, observations with
 * notes, weekly summaries with a trainer's comment, a certificate): the transcript shows it, the export
 * holds all of it, anonymisation leaves no trace of the person in any text column of any table while
 * the certificate still verifies, and only HR and administrators may export or anonymise.
 */
class PrivacyTest extends DatabaseTest {
    private static final java.util.concurrent.atomic.AtomicLong PHONES = new java.util.concurrent.atomic.AtomicLong(System.nanoTime() % 10_000_000L);

    @Autowired ExamTaker exams;
    @Autowired RoleplayService roleplay;
    @Autowired ScenarioAuthoring authoring;
    @Autowired ObservationService observations;
    @Autowired FinalAssessmentService finals;
    @Autowired CertificateService certificates;
    @Autowired CohortService cohorts;
    @Autowired CurriculumService curriculum;
    @Autowired WeeklySummaryService summaries;
    @Autowired PersonRecordService records;
    @Autowired TranscriptService transcripts;
    @Autowired PersonalDataExport exports;
    @Autowired Anonymisation anonymisation;
    @Autowired AuditLog audit;
    @Autowired DataSource dataSource;

    private AccountSummary trainee;
    private AccountSummary trainer;
    private AccountSummary hr;
    private String name;
    private String employeeNo;
    private String phone;
    /** Texts only this test wrote (a database other runs filled holds the same sentences without the marker). */
    private String summary;
    private String comment;

    @BeforeEach
    void aTraineeWithEveryKindOfRecord() {
        name = "隐私" + unique("测试员");
        employeeNo = unique("KF");
        phone = "139" + String.format("%08d", PHONES.incrementAndGet() % 100_000_000L);
        summary = "第一周我在前台跟岗，记住了保洁班长老郑教我的三句开场白" + unique("记");
        comment = "这份小结写得真诚，开场白可以再练得自然一些" + unique("评");
        trainee = SystemAuthentication.callAsSystem(() -> accountService.create(new AccountDraft(unique("pipl"), name,
                Set.of(Role.TRAINEE), employeeNo, phone, unique("mail") + "@example.cn"), PASSWORD));
        trainer = newAccount("讲师" + unique("t"), Role.TRAINER);
        hr = newAccount("人事" + unique("h"), Role.HR);
        signInAs(hr);
        long earlier = cohorts.create(new CohortDraft(unique("隐私原批次"), LocalDate.of(2026, 10, 12), Set.of(trainee.id()), Set.of()));
        long cohort = cohorts.create(new CohortDraft(unique("隐私批次"), LocalDate.of(2026, 11, 2), Set.of(), Set.of(trainer.id())));
        cohorts.transfer(earlier, trainee.id(), cohort, name + "申请改参加下一期");
        clock.setTo(LocalDateTime.of(2026, 11, 26, 9, 0));

        signInAs(trainee);
        curriculum.open(firstModule());
        long attempt = exams.takeWithRightAnswers(FinalAssessmentService.FINAL_EXAM);
        signInAs(trainer);
        exams.gradeShortAnswersInFull(attempt);
        for (int i = 0; i < 3; i++) {
            signInAs(trainer);
            String key = "pipl-" + unique("s").replace('.', '-').toLowerCase();
            authoring.create(key, TestScenarios.CALL.replace("id: t\n", "id: " + key + "\nassessed: true\n"));
            signInAs(trainee);
            long run = roleplay.start(key, true);
            roleplay.choose(run, "ring", 0);
            roleplay.choose(run, "listen", 2);
            RunView end = roleplay.reply(run, "reply", "非常抱歉，我是" + name + "，十分钟内给您回电话。");
            assertThat(end.finished()).isTrue();
        }
        signInAs(trainer);
        for (Checklist c : observations.checklists()) {
            Map<Integer, Integer> scores = new HashMap<>();
            c.items().forEach(i -> scores.put(i.no(), i.max()));
            observations.record(trainee.id(), c.id(), scores, Map.of(c.items().getFirst().no(), name + "接待时主动起身"), name + "表现稳定");
        }
        signInAs(trainee);
        summaries.write(1, summary);
        signInAs(trainer);
        long summaryId = summaries.ofPerson(trainee.id(), name).stream().filter(w -> w.summaryId() != null).findFirst().orElseThrow().summaryId();
        summaries.comment(summaryId, comment);
        signInAs(hr);
        assertThat(certificates.ofAccount(trainee.id())).as("certificate issued automatically").hasSize(1);
    }

    private String firstModule() {
        signInAs(hr);
        String key = curriculum.catalogue().getFirst().key();
        signInAs(trainee);
        return key;
    }

    @Test
    void the_transcript_has_the_name_the_scores_and_the_trainers_comment_and_each_download_is_audited() throws IOException {
        signInAs(trainer);
        byte[] pdf = transcripts.transcript(trainee.id());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "sample-transcript.pdf"), pdf);
        String text = text(pdf);
        var result = finals.result(trainee.id());
        assertThat(text).contains("培训档案").contains(name).contains(employeeNo).contains(comment).contains(summary)
                .contains("100.0%").contains("综合 " + result.overall()).contains(certificates.ofAccount(trainee.id()).getFirst().code());

        signInAs(newAccount("别批讲师", Role.TRAINER));
        assertThatThrownBy(() -> transcripts.transcript(trainee.id())).isInstanceOf(AccessDeniedException.class);
        signInAs(trainee);
        assertThatThrownBy(() -> transcripts.transcript(trainee.id())).isInstanceOf(AccessDeniedException.class);

        signInAs(newAccount("管理员", Role.ADMIN));
        assertThat(audit.search(trainee.id(), null, 0, 50)).filteredOn(l -> l.action().equals(AuditLog.DOWNLOAD_TRANSCRIPT))
                .extracting(AuditLog.Line::actorId).containsExactly(trainer.id());
    }

    @Test
    void the_export_holds_every_kind_of_record_as_json_and_the_transcript() throws IOException {
        signInAs(hr);
        records.record(trainee.id());
        Map<String, byte[]> files = unzip(exports.zip(trainee.id()));
        assertThat(files).containsOnlyKeys("data.json", "transcript.pdf");
        assertThat(text(files.get("transcript.pdf"))).contains(name);
        JsonNode json = JsonMapper.builder().build().readTree(files.get("data.json"));
        assertThat(json.get("person").get("displayName").asString()).isEqualTo(name);
        assertThat(json.get("person").get("employeeNo").asString()).isEqualTo(employeeNo);
        JsonNode sections = json.get("sections");
        for (String section : List.of("people", "summaries", "assessment", "roleplay", "observations", "competence", "certificates",
                "reading", "audit")) {
            assertThat(sections.get(section)).as(section).isNotNull();
            assertThat(sections.get(section).isEmpty()).as(section + " is empty").isFalse();
        }
        String all = json.toString();
        assertThat(all).contains(summary).contains(comment).contains(name + "接待时主动起身").contains("十分钟内给您回电话")
                .doesNotContain("password_hash");
        assertThat(kinds(sections.get("assessment"))).contains("attempt", "answer");
        assertThat(kinds(sections.get("roleplay"))).contains("run", "step", "step_score");
        assertThat(kinds(sections.get("observations"))).contains("observation", "item");
        assertThat(kinds(sections.get("people"))).contains("account", "role", "cohort_membership");
        assertThat(all).contains(name + "申请改参加下一期");
        assertThat(sections.get("assessment").get(0).get("started_at").asString()).as("times as ISO strings")
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*Z");

        signInAs(trainer);
        assertThatThrownBy(() -> exports.zip(trainee.id())).isInstanceOf(AccessDeniedException.class);
        signInAs(newAccount("管理员", Role.ADMIN));
        assertThat(audit.search(trainee.id(), null, 0, 50)).filteredOn(l -> l.action().equals(AuditLog.EXPORT_PERSONAL_DATA))
                .extracting(AuditLog.Line::actorId).containsExactly(hr.id());
    }

    @Test
    void anonymisation_leaves_no_trace_of_the_person_in_any_table_and_the_certificate_still_verifies() throws IOException {
        CertificateRow certificate = certificates.ofAccount(trainee.id()).getFirst();
        signInAs(hr);
        records.record(trainee.id());
        transcripts.transcript(trainee.id());
        signInAs(trainee);
        assertThatThrownBy(() -> anonymisation.anonymise(trainee.id(), employeeNo)).isInstanceOf(AccessDeniedException.class);
        signInAs(trainer);
        assertThatThrownBy(() -> anonymisation.anonymise(trainee.id(), employeeNo)).isInstanceOf(AccessDeniedException.class);
        signInAs(hr);
        assertThatThrownBy(() -> anonymisation.anonymise(trainee.id(), "某某")).isInstanceOf(UserFacingException.class);
        assertThat(anonymisation.isAnonymised(trainee.id())).isFalse();

        anonymisation.anonymise(trainee.id(), " " + employeeNo + " ");

        List<String> traces = traces(List.of(name, trainee.username(), employeeNo, phone, summary, comment));
        assertThat(traces).as("columns still holding the person's data").isEmpty();

        assertThat(anonymisation.isAnonymised(trainee.id())).isTrue();
        AccountSummary shell = SystemAuthentication.callAsSystem(() -> accountService.get(trainee.id()));
        assertThat(shell.displayName()).isEqualTo("已匿名 #" + trainee.id());
        assertThat(shell.enabled()).isFalse();
        assertThat(shell.employeeNo()).isNull();
        assertThat(shell.email()).isNull();

        Verification v = certificates.verify(certificate.code());
        assertThat(v.status()).isEqualTo(Verification.Status.VALID);
        assertThat(v.maskedName()).isNull();
        assertThat(v.issuedAt()).isEqualTo(certificate.issuedAt());

        assertThat(finals.result(trainee.id()).overall()).as("numbers kept").isNotNull();
        assertThatThrownBy(() -> anonymisation.anonymise(trainee.id(), shell.displayName())).isInstanceOf(UserFacingException.class);
        String shellExport = new String(unzip(exports.zip(trainee.id())).get("data.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(shellExport).contains("已匿名 #" + trainee.id()).doesNotContain(name).doesNotContain(summary);

        signInAs(newAccount("管理员", Role.ADMIN));
        assertThat(audit.search(trainee.id(), null, 0, 50)).filteredOn(l -> l.action().equals(AuditLog.ANONYMISE))
                .extracting(AuditLog.Line::actorId, AuditLog.Line::detail).containsExactly(org.assertj.core.groups.Tuple.tuple(hr.id(), "request"));
    }

    @Test
    void an_administrator_cannot_anonymise_herself_and_an_active_administrator_is_refused() {
        AccountSummary admin = newAccount("管理员" + unique("a"), Role.ADMIN);
        signInAs(admin);
        assertThatThrownBy(() -> anonymisation.anonymise(admin.id(), admin.displayName()))
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("messageKey", "privacy.not-yourself");
        signInAs(hr);
        assertThatThrownBy(() -> anonymisation.anonymise(admin.id(), admin.displayName()))
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("messageKey", "privacy.admin-enabled");
        assertThat(anonymisation.isAnonymised(admin.id())).isFalse();
    }

    /** "table.column" for every character column of every table that still contains one of the values. */
    private List<String> traces(List<String> values) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = schema() and (lower(data_type) like '%char%' or lower(data_type) like '%text%'
                      or lower(data_type) like '%clob%')""");
        assertThat(columns).as("character columns found").hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> c : columns) {
            String table = String.valueOf(c.get("table_name")).toLowerCase();
            String column = String.valueOf(c.get("column_name")).toLowerCase();
            if (table.startsWith("flyway_")) {
                continue;
            }
            for (String value : values) {
                Integer n = jdbc.queryForObject("select count(*) from " + table + " where " + column + " like ?", Integer.class,
                        "%" + value + "%");
                if (n != null && n > 0) {
                    found.add(table + "." + column + " ∋ " + value);
                }
            }
        }
        return found;
    }

    private static List<String> kinds(JsonNode rows) {
        List<String> kinds = new ArrayList<>();
        rows.forEach(r -> kinds.add(r.get("record").asString()));
        return kinds;
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(extractor.getTextFromPage(p)).append('\n');
        }
        return all.toString();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
