package org.kefuacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.platform.tabular.TableExport;
import org.kefuacademy.roleplay.RunReviewService;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every report grid has its Excel and CSV links, and a paged grid exports all its rows, not just the loaded page. */
class ReportExportsTest extends DemoUiTest {
    @Autowired
    RunReviewService runs;
    @Autowired
    AuditLog audit;

    @Test
    @WithUserDetails("hr.zhao")
    void hr_report_views_carry_export_links_with_chinese_headings() throws IOException {
        Table heatmap = exportOn("competences/cohort", "heatmap-export");
        assertThat(heatmap.headers()).startsWith("学员").contains("投诉处理");
        assertThat(heatmap.rows()).extracting(r -> (Object) r.getFirst()).contains("李晓雯", "陈浩", "周婷");

        Table stats = exportOn("content/statistics", "stats-export");
        assertThat(stats.headers()).containsExactly("题目", "题型", "作答数", "得分率", "区分度", "提示");
        assertThat(stats.rows()).isNotEmpty();

        Table certificates = exportOn("certificates", "certificates-export");
        assertThat(certificates.headers()).startsWith("学员", "理论");

        Table people = exportOn("records", "people-export");
        assertThat(people.headers()).containsExactly("学员", "工号", "用户名");
        assertThat(people.rows()).extracting(r -> (Object) r.getFirst()).contains("周婷", "吴俊杰", "何佳怡");

        Table summaries = exportOn("summaries/cohort", "summaries-export");
        assertThat(summaries.rows()).hasSize(12);

        Table allRuns = exportOn("roleplay/runs", "runs-export");
        assertThat(allRuns.headers()).startsWith("学员", "情景");
        assertThat((long) allRuns.rows().size()).isEqualTo(runs.countFinishedRuns());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(allRuns)))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("情景");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(allRuns.rows().size());
        }
    }

    @Test
    @WithUserDetails("admin")
    void the_audit_log_exports_every_line_its_filter_selects() {
        Table lines = exportOn("admin/audit", "audit-export");
        assertThat(lines.headers()).containsExactly("时间", "操作人", "操作", "涉及人员", "说明");
        assertThat((long) lines.rows().size()).isEqualTo(audit.count(null, null));
    }

    private Table exportOn(String route, String id) {
        navigate(route, Component.class);
        assertThat(find(Anchor.class).withId(id + "-xlsx").single().getText()).isEqualTo("导出 Excel");
        assertThat(find(Anchor.class).withId(id + "-csv").single().getText()).isEqualTo("导出 CSV");
        return find(ExportButtons.class).withId(id).single().table();
    }
}
