package org.kefuacademy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kefuacademy.competence.CohortCompetenceGains;
import org.kefuacademy.competence.CompetenceService;
import org.kefuacademy.evaluation.EffectReportService;
import org.kefuacademy.evaluation.SurveyAggregates;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.performance.PerformanceReviewService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.records.PersonalDataExport;
import org.kefuacademy.records.SummaryWeek;
import org.kefuacademy.records.TranscriptService;
import org.kefuacademy.records.WeeklySummaryService;
import org.kefuacademy.reports.CohortProgress;
import org.kefuacademy.reports.HrDashboardService;
import org.kefuacademy.testsupport.DatabaseTest;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Data-level checks (IDOR) for what leaves the application as a file: transcripts, personal-data
 * exports, and the tables behind the report pages' Excel/CSV links (those links are built on the
 * server from the same service calls, so the services are where a trainer of cohort B must be
 * stopped from getting cohort A's figures). Two cohorts: A (trainer tA, trainee xA) and B (tB, xB).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportAccessTest extends DatabaseTest {
    @Autowired TranscriptService transcripts;
    @Autowired PersonalDataExport personalData;
    @Autowired HrDashboardService dashboard;
    @Autowired CompetenceService competences;
    @Autowired CohortCompetenceGains gains;
    @Autowired WeeklySummaryService summaries;
    @Autowired EffectReportService effects;
    @Autowired SurveyAggregates surveys;
    @Autowired PerformanceReviewService reviews;
    @Autowired CohortService cohorts;
    @Autowired AuditLog audit;

    private AccountSummary hr;
    private AccountSummary admin;
    private AccountSummary trainerA;
    private AccountSummary trainerB;
    private AccountSummary xA;
    private AccountSummary xB;
    private long cohortA;
    private long cohortB;

    @BeforeAll
    void twoCohorts() {
        hr = newAccount("人事钱", Role.HR);
        admin = newAccount("管理员孙", Role.ADMIN);
        trainerA = newAccount("讲师丙", Role.TRAINER);
        trainerB = newAccount("讲师丁", Role.TRAINER);
        xA = newAccount("丙班学员周晓", Role.TRAINEE);
        xB = newAccount("丁班学员吴敏", Role.TRAINEE);
        signInAs(hr);
        LocalDate start = LocalDate.of(2026, 11, 2);
        cohortA = cohorts.create(new CohortDraft(unique("丙批次"), start, Set.of(xA.id()), Set.of(trainerA.id())));
        cohortB = cohorts.create(new CohortDraft(unique("丁批次"), start, Set.of(xB.id()), Set.of(trainerB.id())));
        clock.setTo(LocalDateTime.of(2026, 11, 26, 9, 0));
        signInAs(xA);
        summaries.write(1, "这周学会了受理报修时先复述业主的诉求。");
        signInAs(xB);
        summaries.write(1, "这周练习了停水通知的电话解释。");
    }

    @Test
    void a_transcript_is_given_to_the_persons_trainer_hr_and_admins_only() {
        signInAs(trainerA);
        assertThat(pdfText(transcripts.transcript(xA.id()))).contains(xA.displayName());
        assertThatThrownBy(() -> transcripts.transcript(xB.id())).isInstanceOf(AccessDeniedException.class);
        signInAs(trainerB);
        assertThat(pdfText(transcripts.transcript(xB.id()))).contains(xB.displayName());
        assertThatThrownBy(() -> transcripts.transcript(xA.id())).isInstanceOf(AccessDeniedException.class);
        signInAs(xA);
        assertThatThrownBy(() -> transcripts.transcript(xA.id())).as("trainees download no transcript, not even their own")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> transcripts.transcript(xB.id())).isInstanceOf(AccessDeniedException.class);
        signInAs(hr);
        assertThat(pdfText(transcripts.transcript(xA.id()))).contains(xA.displayName());
        assertThat(pdfText(transcripts.transcript(xB.id()))).contains(xB.displayName());
    }

    @Test
    void a_refused_transcript_leaves_no_download_in_the_audit_log() {
        signInAs(trainerB);
        assertThatThrownBy(() -> transcripts.transcript(xA.id())).isInstanceOf(AccessDeniedException.class);
        signInAs(admin);
        assertThat(audit.search(xA.id(), trainerB.id(), 0, 50)).as("trainer B never downloaded xA's transcript")
                .noneMatch(l -> l.action().equals(AuditLog.DOWNLOAD_TRANSCRIPT));
    }

    @Test
    void a_personal_data_export_is_for_hr_and_admins_only_even_of_the_trainers_own_trainee() {
        signInAs(trainerA);
        assertThatThrownBy(() -> personalData.zip(xA.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> personalData.zip(xB.id())).isInstanceOf(AccessDeniedException.class);
        signInAs(xA);
        assertThatThrownBy(() -> personalData.zip(xA.id())).as("a trainee asks HR for her export")
                .isInstanceOf(AccessDeniedException.class);
        signInAs(hr);
        Map<String, byte[]> zip = unzip(personalData.zip(xA.id()));
        assertThat(zip).containsKeys("data.json", "transcript.pdf");
        String json = new String(zip.get("data.json"), StandardCharsets.UTF_8);
        assertThat(json).contains(xA.displayName()).contains("受理报修时先复述业主的诉求")
                .as("nobody else's data in it").doesNotContain(xB.displayName()).doesNotContain("停水通知");
        signInAs(admin);
        assertThat(unzip(personalData.zip(xB.id())).get("data.json")).asString(StandardCharsets.UTF_8).contains(xB.displayName());
    }

    @Test
    void the_dashboard_tables_behind_the_export_links_refuse_another_cohorts_trainer() {
        signInAs(trainerA);
        assertThat(dashboard.dashboard(cohortA).progress().cohortId()).isEqualTo(cohortA);
        assertThatThrownBy(() -> dashboard.dashboard(cohortB)).isInstanceOf(AccessDeniedException.class);
        assertThat(dashboard.overview()).extracting(CohortProgress::cohortId).contains(cohortA).doesNotContain(cohortB);
        assertThat(dashboard.pickable()).extracting(c -> c.id()).containsExactly(cohortA);
        signInAs(trainerB);
        assertThatThrownBy(() -> dashboard.dashboard(cohortA)).isInstanceOf(AccessDeniedException.class);
        assertThat(dashboard.overview()).extracting(CohortProgress::cohortId).doesNotContain(cohortA);
        signInAs(hr);
        assertThat(dashboard.overview()).extracting(CohortProgress::cohortId).contains(cohortA, cohortB);
    }

    @Test
    void the_heatmap_gains_summaries_evaluation_and_team_tables_refuse_another_cohorts_trainer() {
        signInAs(trainerB);
        assertThatThrownBy(() -> competences.heatmap(cohortA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gains.gains(cohortA, LocalDate.of(2026, 11, 8))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.ofCohort(cohortA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> effects.report(cohortA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> surveys.aggregate(cohortA, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> surveys.openAnswers(cohortA, 1, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.team(cohortA)).isInstanceOf(AccessDeniedException.class);

        signInAs(trainerA);
        assertThat(summaries.ofCohort(cohortA)).extracting(SummaryWeek::accountId).containsOnly(xA.id());
        assertThat(competences.heatmap(cohortA).rows()).extracting(r -> r.accountId()).containsExactly(xA.id());
        assertThat(reviews.team(cohortA).rows()).extracting(r -> r.personId()).containsExactly(xA.id());
        assertThat(effects.report(cohortA)).isNotNull();
    }

    @Test
    void trainees_get_no_report_table_at_all() {
        signInAs(xA);
        assertThatThrownBy(() -> dashboard.dashboard(cohortA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> competences.heatmap(cohortA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.ofCohort(cohortA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.team(cohortA)).isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String pdfText(byte[] pdf) {
        try {
            return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
