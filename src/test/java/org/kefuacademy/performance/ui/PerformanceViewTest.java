package org.kefuacademy.performance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.RouteNotFoundError;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kefuacademy.performance.PerformanceReviewService;
import org.kefuacademy.performance.ReviewEntry;
import org.kefuacademy.performance.TeamReport;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 绩效考核 on the demo data: HR's team grid with figures and exports, a person's history, a trainer writing a review. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerformanceViewTest extends DemoUiTest {
    @Autowired
    PerformanceReviewService reviews;

    @Test
    @Order(1)
    @WithUserDetails("hr.zhao")
    void hr_sees_the_running_cohorts_latest_reviews_against_the_targets() {
        PerformanceView view = navigate(PerformanceView.class);
        Grid<TeamReport.Row> team = grid("performance-team");
        assertThat(rows(team)).extracting(TeamReport.Row::personName).containsExactly("周婷", "李晓雯", "陈浩");
        int zhou = 0;
        assertThat(test(team).getCellText(zhou, 1)).isNotEqualTo("尚未考核");
        assertThat(test(team).getCellText(zhou, 5)).isEqualTo("88%（未达标）");
        assertThat(test(team).getCellText(zhou, 6)).isEqualTo("100%（达标）");
        assertThat(test(team).getCellText(zhou, 7)).isEqualTo("30.5 小时（未达标）");
        assertThat(test(team).getCellText(zhou, 8)).startsWith("安排再培训：报修流程");
        assertThat(test(team).getCellText(2, 1)).isEqualTo("尚未考核");
        // By hand from the demo: attitude (3+5)/2, efficiency (2+4)/2, complaints (3+4)/2; satisfaction (88+95)/2, 1 met.
        assertThat(find(Paragraph.class).withId("performance-figures").single().getText())
                .isEqualTo("共 3 人，2 人已有考核。平均分：服务态度 4.0 · 工作效率 3.0 · 投诉处理 3.5");
        assertThat(find(Paragraph.class).withId("performance-targets").single().getText())
                .isEqualTo("平均业主满意度 91.5%，1 人达标；平均投诉处理率 100.0%，2 人达标；平均响应 21.3 小时，1 人达标");
        assertThat(find(Anchor.class).withId("performance-export-xlsx").single().getText()).isEqualTo("导出 Excel");
        assertThat(find(Anchor.class).withId("performance-export-csv").single().getText()).isEqualTo("导出 CSV");

        @SuppressWarnings("unchecked")
        Select<org.kefuacademy.people.CohortSummary> cohort = find(Select.class).withId("performance-cohort").single();
        Table table = TeamTable.of(view, cohort.getValue().name(), reviews.team(cohort.getValue().id()));
        List<Object> zhouRow = List.copyOf(table.rows().getFirst().stream().map(o -> o == null ? "" : o).toList());
        assertThat(zhouRow.subList(0, 11)).containsExactly("周婷", zhouRow.get(1), 3, 2, 3, new BigDecimal("88.0"), "未达标",
                new BigDecimal("100.0"), "达标", new BigDecimal("30.5"), "未达标");
        assertThat(zhouRow.get(14)).isEqualTo("王建国");
        assertThat(List.<Object>copyOf(table.rows().get(2))).containsExactly("陈浩", "尚未考核");

        test(team).clickRow(zhou);
        Grid<ReviewEntry> history = grid("performance-history");
        assertThat(rows(history)).singleElement().satisfies(r -> {
            assertThat(r.reviewerName()).isEqualTo("王建国");
            assertThat(r.correctiveDue()).isAfter(java.time.LocalDate.now());
        });
    }

    @Test
    @Order(2)
    @WithUserDetails("hr.zhao")
    void hr_sees_the_graduates_reward_in_her_history() {
        navigate(PerformanceView.class);
        @SuppressWarnings("unchecked")
        Select<org.kefuacademy.people.CohortSummary> cohort = find(Select.class).withId("performance-cohort").single();
        cohort.setValue(cohort.getListDataView().getItems().filter(c -> c.traineeCount() == 1 && c.startDate().isBefore(java.time.LocalDate.now()))
                .findFirst().orElseThrow());
        Grid<TeamReport.Row> team = grid("performance-team");
        assertThat(rows(team)).extracting(TeamReport.Row::personName).containsExactly("何佳怡");
        test(team).clickRow(0);
        assertThat(rows(this.<ReviewEntry>grid("performance-history"))).singleElement()
                .satisfies(r -> assertThat(r.reward()).contains("服务之星"));
    }

    @Test
    @Order(3)
    @WithUserDetails("trainer.wang")
    void a_trainer_writes_a_review_and_a_bad_value_is_refused_in_chinese() {
        navigate(PerformanceView.class);
        Grid<TeamReport.Row> team = grid("performance-team");
        test(team).clickRow(2);
        assertThat(test(team).getRow(2).personName()).isEqualTo("陈浩");
        test(select("review-attitude")).selectItem("4 分 · 良好");
        test(select("review-efficiency")).selectItem("4 分 · 良好");
        test(select("review-complaint")).selectItem("3 分 · 合格");
        number("review-satisfaction").setValue(new BigDecimal("120"));
        number("review-handled").setValue(new BigDecimal("100"));
        number("review-hours").setValue(new BigDecimal("18"));
        test(find(Button.class).withId("review-save").single()).click();
        assertThat(lastNotification()).isEqualTo("业主满意度 120 无效：应在 0 到 100 之间");
        assertThat(rows(this.<ReviewEntry>grid("performance-history"))).isEmpty();

        number("review-satisfaction").setValue(new BigDecimal("93.5"));
        test(find(Button.class).withId("review-save").single()).click();
        assertThat(rows(this.<ReviewEntry>grid("performance-history"))).singleElement()
                .satisfies(r -> assertThat(r.satisfactionPct()).isEqualByComparingTo("93.5"));
        assertThat(find(Paragraph.class).withId("performance-figures").single().getText()).startsWith("共 3 人，3 人已有考核");
    }

    @Test
    @WithUserDetails("mentor.sun")
    void a_trainer_chooses_only_among_the_cohorts_she_trains() {
        navigate(PerformanceView.class);
        @SuppressWarnings("unchecked")
        Select<org.kefuacademy.people.CohortSummary> cohort = find(Select.class).withId("performance-cohort").single();
        assertThat(cohort.getListDataView().getItems()).singleElement().satisfies(c -> assertThat(c.traineeCount()).isEqualTo(3));
    }

    @Test
    @WithUserDetails("trainee.li")
    void a_trainee_is_refused_the_page() {
        assertThat(navigate("performance", RouteNotFoundError.class)).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return find(Grid.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private Select<Integer> select(String id) {
        return find(Select.class).withId(id).single();
    }

    private BigDecimalField number(String id) {
        return find(BigDecimalField.class).withId(id).single();
    }

    private <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    private String lastNotification() {
        return find(Notification.class).all().getLast().getElement().getProperty("text", "");
    }
}
