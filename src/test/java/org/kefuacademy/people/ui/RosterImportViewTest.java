package org.kefuacademy.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteNotFoundError;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.ImportedTrainee;
import org.kefuacademy.people.RosterRow;
import org.kefuacademy.platform.tabular.TableExport;
import org.kefuacademy.testsupport.DemoRoster;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class RosterImportViewTest extends DemoUiTest {
    @Autowired
    CohortService cohorts;

    @SuppressWarnings("unchecked")
    private Grid<RosterRow> preview() {
        return find(Grid.class).withId("roster-preview").single();
    }

    private Button importButton() {
        return find(Button.class).withId("roster-import-button").single();
    }

    /** Whether Import can be clicked: shown (with a preview) and enabled. */
    private boolean importEnabled() {
        return find(Button.class).withId("roster-import-button").all().stream().anyMatch(Button::isEnabled);
    }

    private String summary() {
        return find(Span.class).withId("roster-summary").single().getText();
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_reaches_the_import_page_from_the_cohorts_page() {
        navigate(CohortsView.class);
        test(find(Button.class).withId("roster-import").single()).click();
        assertThat(getCurrentView()).isInstanceOf(RosterImportView.class);
        assertThat(find(Anchor.class).withId("roster-template-xlsx").single().getHref()).isNotBlank();
        assertThat(importEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("hr.zhao")
    void a_roster_with_bad_rows_lists_the_problems_and_cannot_be_imported() {
        RosterImportView view = navigate(RosterImportView.class);
        String cohort = DemoRoster.upcomingCohortName(cohorts, LocalDate.now());
        byte[] file = TableExport.xlsx(new org.kefuacademy.platform.tabular.Table("花名册", List.of("工号", "姓名", "批次"),
                List.of(List.of("K2699101", "唐诗雨", cohort), List.of("K2699102", "", cohort),
                        List.of("K2699103", "宋词", "2030年1月 不存在的批次"))));

        view.handleUpload("有问题的花名册.xlsx", file);

        assertThat(summary()).isEqualTo("共 3 行，2 行有问题");
        assertThat(importEnabled()).isFalse();
        assertThat(test(preview()).size()).isEqualTo(3);
        assertThat(test(preview()).getCellText(0, 6)).isEmpty();
        assertThat(test(preview()).getCellText(1, 6)).isEqualTo("第 3 行：缺少姓名");
        assertThat(test(preview()).getCellText(2, 6)).isEqualTo("第 4 行：没有名为“2030年1月 不存在的批次”的培训批次");
    }

    @Test
    @WithUserDetails("hr.zhao")
    void wrong_columns_are_explained_above_the_empty_preview() {
        RosterImportView view = navigate(RosterImportView.class);
        byte[] file = TableExport.xlsx(new org.kefuacademy.platform.tabular.Table("x", List.of("工号", "批次"),
                List.of(List.of("K2699201", "某批次"))));
        view.handleUpload("缺列.xlsx", file);
        Div error = find(Div.class).withId("roster-error").single();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("缺少必填列：姓名 / Name").contains("应有的列");
        assertThat(find(Grid.class).withId("roster-preview").all()).as("the preview is hidden").isEmpty();
        assertThat(importEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("hr.zhao")
    void a_good_roster_is_imported_and_the_new_accounts_are_shown_with_their_passwords() throws Exception {
        String cohort = "花名册导入测试批次 " + System.nanoTime();
        cohorts.create(new CohortDraft(cohort, LocalDate.now().plusWeeks(3), Set.of(), Set.of()));
        long tag = System.nanoTime() % 1_000_000;
        List<String> numbers = List.of("R" + tag + "a", "R" + tag + "b", "R" + tag + "c");
        RosterImportView view = navigate(RosterImportView.class);

        view.handleUpload("demo-roster.xlsx", DemoRoster.xlsx(cohort, numbers));
        assertThat(summary()).isEqualTo("共 3 行，没有发现问题，可以导入");
        assertThat(find(Span.class).withId("roster-file").single().getText()).isEqualTo("demo-roster.xlsx");
        assertThat(importEnabled()).isTrue();
        test(importButton()).click();

        @SuppressWarnings("unchecked")
        Grid<ImportedTrainee> created = find(Grid.class).withId("roster-created").single();
        assertThat(created.isVisible()).isTrue();
        assertThat(test(created).size()).isEqualTo(3);
        assertThat(test(created).getRow(0).displayName()).isEqualTo("马思远");
        assertThat(test(created).getCellText(0, 3)).hasSize(14);
        assertThat(importEnabled()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("roster-passwords-warning").single().getText())
                .contains("只在此刻显示");
        long cohortId = cohorts.search(cohort, org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().id();
        assertThat(cohorts.trainees(cohortId)).extracting(AccountSummary::username).containsExactlyInAnyOrderElementsOf(numbers);

        CreatedTraineesPanel panel = find(CreatedTraineesPanel.class).single();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(panel.table())))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("初始密码");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("马思远");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo(test(created).getRow(0).initialPassword());
        }
        assertThat(find(Anchor.class).withId("roster-created-download").single().getHref()).isNotBlank();

        // The same file again: every employee number is now taken, so nothing more can be imported.
        view.handleUpload("demo-roster.xlsx", DemoRoster.xlsx(cohort, numbers));
        assertThat(summary()).isEqualTo("共 3 行，3 行有问题");
        assertThat(importEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("trainer.wang")
    void trainers_cannot_open_the_import_page() {
        assertThat(navigate("cohorts/import", RouteNotFoundError.class)).isNotNull();
    }

    @Test
    @WithUserDetails("trainee.li")
    void trainees_cannot_open_the_import_page() {
        assertThat(navigate("cohorts/import", RouteNotFoundError.class)).isNotNull();
    }
}
