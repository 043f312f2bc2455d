package org.kefuacademy.records.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.kefuacademy.records.SummaryWeek;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Weekly summaries on the demo data: a trainee behind sees overdue weeks; the trainer sees the cohort's. */
class SummariesViewTest extends DemoUiTest {

    @Test
    @WithUserDetails("trainee.zhou")
    void a_trainee_who_wrote_nothing_sees_past_weeks_overdue() {
        navigate(MySummariesView.class);
        assertThat(find(Paragraph.class).withId("summary-state-1").single().getText()).startsWith("已逾期");
    }

    @Test
    @WithUserDetails("trainee.li")
    void a_trainee_reads_the_trainers_comment() {
        navigate(MySummariesView.class);
        assertThat(find(Paragraph.class).withId("summary-comment-1").single().getText()).startsWith("讲师点评");
    }

    @Test
    @WithUserDetails("trainer.wang")
    void the_trainer_sees_every_trainee_and_week_of_the_cohort() {
        navigate(CohortSummariesView.class);
        @SuppressWarnings("unchecked")
        Grid<SummaryWeek> grid = find(Grid.class).withId("summaries-grid").single();
        assertThat(test(grid).size()).isEqualTo(12);
    }
}
