package org.kefuacademy.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteNotFoundError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.platform.tabular.TableExport;
import org.kefuacademy.platform.ui.ExportButtons;
import org.kefuacademy.reports.CohortProgress;
import org.kefuacademy.reports.OverdueTrainee;
import org.kefuacademy.reports.WeekFigures;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** 培训看板 on the demo data: the cohort in week 3 with its figures and charts, 周婷 behind, and the exports. */
class HrDashboardViewTest extends DemoUiTest {

    @Test
    @WithUserDetails("hr.zhao")
    @SuppressWarnings("unchecked")
    void hr_sees_the_demo_cohort_with_figures_charts_and_zhou_overdue() {
        navigate(HrDashboardView.class);
        List<CohortProgress> progress = ((Grid<CohortProgress>) find(Grid.class).withId("dashboard-progress-grid").single())
                .getListDataView().getItems().toList();
        CohortProgress demo = progress.stream().filter(p -> p.position().phase() == TrainingCalendar.Phase.IN_TRAINING).findFirst()
                .orElseThrow();
        assertThat(demo.trainees()).isEqualTo(3);
        assertThat(demo.modules()).isEqualTo(16);
        assertThat(demo.expected()).isPositive();
        assertThat(demo.averageCompleted()).isPositive();
        assertThat(svg("dashboard-progress-chart")).startsWith("<svg").contains(demo.name()).contains("kefu-chart-bar");

        Select<CohortSummary> cohort = find(Select.class).withId("dashboard-cohort").single();
        assertThat(cohort.getValue().id()).isEqualTo(demo.cohortId());
        List<WeekFigures> weeks = ((Grid<WeekFigures>) find(Grid.class).withId("dashboard-weeks-grid").single()).getListDataView()
                .getItems().toList();
        WeekFigures week1 = weeks.getFirst();
        assertThat(week1.week()).isEqualTo(1);
        assertThat(week1.takers()).isEqualTo(3);               // 李晓雯, 陈浩 and 周婷 all sat week 1
        assertThat(week1.passed()).isBetween(1, 2);             // 周婷 failed
        assertThat(week1.averagePercent()).isNotNull();
        assertThat(svg("dashboard-average-chart")).contains("kefu-chart-bar").contains("第 1 周");
        assertThat(svg("dashboard-pass-rate-chart")).contains(week1.passRatePercent() + "%");
        assertThat(find(Grid.class).withId("dashboard-weakest-grid").single().getElement()).isNotNull();

        List<OverdueTrainee> overdue = ((Grid<OverdueTrainee>) find(Grid.class).withId("dashboard-overdue-grid").single())
                .getListDataView().getItems().toList();
        assertThat(overdue).anySatisfy(o -> {
            assertThat(o.name()).isEqualTo("周婷");
            assertThat(o.reason()).isEqualTo(OverdueTrainee.Reason.READING);
            assertThat(o.done()).isLessThan(o.due());
        });
        assertThat(overdue).noneMatch(o -> o.name().equals("李晓雯") && o.reason() == OverdueTrainee.Reason.READING);
    }

    @Test
    @WithUserDetails("hr.zhao")
    void the_overdue_export_opens_in_excel_and_csv_with_chinese_intact() throws IOException {
        navigate(HrDashboardView.class);
        Table table = find(ExportButtons.class).withId("dashboard-overdue-export").single().table();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(table)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("逾期学员");
            Row head = sheet.getRow(0);
            assertThat(List.of(head.getCell(0).getStringCellValue(), head.getCell(1).getStringCellValue(),
                    head.getCell(2).getStringCellValue())).containsExactly("学员", "原因", "说明");
            boolean zhouBehind = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getCell(0).getStringCellValue().equals("周婷") && row.getCell(1).getStringCellValue().equals("课程学习落后")) {
                    zhouBehind = row.getCell(2).getStringCellValue().startsWith("今天之前应完成");
                }
            }
            assertThat(zhouBehind).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(table.rows().size());
        }
        byte[] csv = TableExport.csv(table);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("学员,原因,说明").contains("周婷,课程学习落后");

        Table weeks = find(ExportButtons.class).withId("dashboard-weeks-export").single().table();
        assertThat(weeks.headers()).contains("通过率（%）", "平均分（%）");
        assertThat(weeks.rows()).hasSize(5);
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withId("dashboard-progress-export-xlsx").single().getText())
                .isEqualTo("导出 Excel");
    }

    @Test
    @WithUserDetails("trainer.wang")
    void a_trainer_sees_her_own_cohort() {
        navigate(HrDashboardView.class);
        Select<?> cohort = find(Select.class).withId("dashboard-cohort").single();
        assertThat(cohort.getValue()).isNotNull();
        assertThat(find(Grid.class).withId("dashboard-overdue-grid").exists()).isTrue();
    }

    @Test
    @WithUserDetails("trainee.zhou")
    void a_trainee_cannot_open_the_dashboard() {
        assertThat(navigate("reports/dashboard", RouteNotFoundError.class)).isNotNull();
    }

    private String svg(String id) {
        return find(Div.class).withId(id).single().getElement().getProperty("innerHTML");
    }
}
