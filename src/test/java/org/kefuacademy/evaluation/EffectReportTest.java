package org.kefuacademy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.assessment.AttemptService;
import org.kefuacademy.assessment.ExamTaker;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.i18n.Messages;
import org.kefuacademy.platform.tabular.TableExport;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The training-effect report of a made cohort, figures by hand: of three trainees one scores 100 in the
 * week-1 assessment, one 0, one does not take it; the first answers every week-1 scale question 5, the
 * second 2.
 */
class EffectReportTest extends DatabaseTest {
    @Autowired
    EffectReportService reports;
    @Autowired
    SurveyService surveys;
    @Autowired
    CohortService cohorts;
    @Autowired
    ExamTaker exams;
    @Autowired
    AttemptService attempts;

    private AccountSummary hr;
    private AccountSummary trainer;
    private AccountSummary best;
    private long cohort;

    @BeforeEach
    void aWeekOneWithOnePassAndOneFail() {
        best = newAccount("满分学员", Role.TRAINEE);
        AccountSummary blank = newAccount("交白卷学员", Role.TRAINEE);
        AccountSummary absent = newAccount("缺考学员", Role.TRAINEE);
        trainer = newAccount("报告讲师", Role.TRAINER);
        hr = newAccount("报告人事", Role.HR);
        signInAs(hr);
        cohort = cohorts.create(new CohortDraft(unique("报告批次"), LocalDate.of(2026, 11, 2),
                Set.of(best.id(), blank.id(), absent.id()), Set.of(trainer.id())));
        clock.setTo(LocalDateTime.of(2026, 11, 5, 15, 0));   // week 1's last day: its assessment is open
        signInAs(best);
        exams.takeWithRightAnswers("assessment-week1");
        answerAll(5);
        signInAs(blank);
        attempts.submit(attempts.start("assessment-week1"));
        answerAll(2);
    }

    private void answerAll(int score) {
        Map<Integer, Integer> scores = new HashMap<>();
        for (int q = 1; q <= 7; q++) {
            scores.put(q, score);
        }
        surveys.submit(1, surveys.sheet(1).templateVersionId(), scores, Map.of(8, "收获"));
    }

    @Test
    void pass_rates_bands_and_weekly_averages_match_the_hand_computed_figures() {
        signInAs(hr);
        EffectReport r = reports.report(cohort);
        assertThat(r.trainees()).isEqualTo(3);
        EffectReport.AssessmentRow week1 = r.assessments().getFirst();
        assertThat(week1.key()).isEqualTo("assessment-week1");
        assertThat(week1.takers()).isEqualTo(2);
        assertThat(week1.passed()).isEqualTo(1);
        assertThat(week1.passRatePercent()).isEqualTo(50);
        assertThat(week1.mean()).isEqualTo(50.0);
        assertThat(week1.bands()).containsExactly(1, 0, 0, 0, 1);
        assertThat(r.assessments().getLast().week()).isNull();       // the final theory exam comes last
        assertThat(r.assessments().getLast().takers()).isZero();
        assertThat(r.bandTotals()).containsExactly(1, 0, 0, 0, 1);

        assertThat(r.weeks()).extracting(EffectReport.WeekRow::week).containsExactly(1, 2, 3, 4, SurveyWindow.FINAL);
        EffectReport.WeekRow w1 = r.weeks().getFirst();
        assertThat(w1.assessmentMean()).isEqualTo(50.0);
        assertThat(w1.passRatePercent()).isEqualTo(50);
        assertThat(w1.surveyMean()).isEqualTo(3.5);                 // (7 × 5 + 7 × 2) / 14
        assertThat(w1.surveyResponses()).isEqualTo(2);
        assertThat(w1.surveyResponseRatePercent()).isEqualTo(67);
        assertThat(r.weeks().get(1).surveyMean()).isNull();
        assertThat(r.weeks().get(1).surveyResponseRatePercent()).isZero();

        assertThat(r.gains()).hasSize(Competence.values().length);
        // Evidence so far is all from week 1: the profile now equals the baseline for whoever has evidence.
        assertThat(r.gains()).filteredOn(g -> g.people() > 0).isNotEmpty()
                .allSatisfy(g -> assertThat(g.gain()).isZero());
    }

    @Test
    void the_exported_workbook_holds_the_reports_figures() throws IOException {
        signInAs(hr);
        EffectReport r = reports.report(cohort);
        Messages messages = new Messages();
        EvaluationTables tables = new EvaluationTables((key, args) -> messages.getTranslation(key, Locale.SIMPLIFIED_CHINESE, args));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(tables.assessments(r))))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("测评结果");
            Row head = sheet.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("测评");
            assertThat(head.getCell(5).getStringCellValue()).isEqualTo("通过率（%）");
            assertThat(head.getCell(7).getStringCellValue()).isEqualTo("<60");
            assertThat(head.getCell(11).getStringCellValue()).isEqualTo("≥90");
            Row week1 = sheet.getRow(1);
            assertThat(week1.getCell(0).getStringCellValue()).startsWith("第一周测评");
            assertThat(week1.getCell(1).getStringCellValue()).isEqualTo("第1周");
            assertThat(week1.getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(week1.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(week1.getCell(5).getNumericCellValue()).isEqualTo(50.0);
            assertThat(week1.getCell(6).getNumericCellValue()).isEqualTo(50.0);
            assertThat(week1.getCell(7).getNumericCellValue()).isEqualTo(1.0);
            assertThat(week1.getCell(11).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(1).getStringCellValue()).isEqualTo("结业");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(tables.weeks(r))))) {
            Row w1 = book.getSheetAt(0).getRow(1);
            assertThat(w1.getCell(3).getNumericCellValue()).isEqualTo(3.5);
            assertThat(w1.getCell(4).getNumericCellValue()).isEqualTo(2.0);
            assertThat(w1.getCell(5).getNumericCellValue()).isEqualTo(67.0);
        }
    }

    @Test
    void the_cohorts_trainer_may_read_it_another_trainer_and_a_trainee_may_not() {
        signInAs(trainer);
        assertThat(reports.report(cohort).assessments().getFirst().takers()).isEqualTo(2);
        signInAs(newAccount("别的讲师", Role.TRAINER));
        assertThatThrownBy(() -> reports.report(cohort)).isInstanceOf(AccessDeniedException.class);
        signInAs(best);
        assertThatThrownBy(() -> reports.report(cohort)).isInstanceOf(AccessDeniedException.class);
    }
}
