package org.kefuacademy.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

class CohortsViewTest extends DemoUiTest {

    @SuppressWarnings("unchecked")
    private Grid<CohortSummary> grid() {
        return find(Grid.class).withId("cohorts-grid").single();
    }

    /** Progress text of the demo cohort whose calendar puts it in the given week today (0: not started). */
    private String progressOf(String nameContains, int week) {
        for (int row = 0; row < test(grid()).size(); row++) {
            CohortSummary c = test(grid()).getRow(row);
            var today = c.calendar().positionOn(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
            boolean matches = week == 1 ? today.phase() == org.kefuacademy.people.TrainingCalendar.Phase.NOT_STARTED
                    : today.week() == week;
            if (c.name().contains(nameContains) && matches) {
                return test(grid()).getCellText(row, 4);
            }
        }
        throw new AssertionError("no demo cohort in week " + week);
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_sees_the_demo_cohorts_with_their_progress() {
        navigate(CohortsView.class);
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(2);
        assertThat(progressOf("开班 新员工入职培训", 3)).matches("第 3 周.*|休息日.*");
        assertThat(progressOf("开班 新员工入职培训", 1)).startsWith("尚未开始");
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_creates_a_cohort_and_assigns_a_trainer() {
        navigate(CohortsView.class);
        test(find(Button.class).withId("new-cohort").single()).click();
        CohortDialog dialog = find(CohortDialog.class).single();
        test(dialog.name).setValue("2027年1月 新员工入职培训");
        test(dialog.startDate).setValue(LocalDate.of(2027, 1, 4));
        test(dialog.trainers).selectItem("王建国（trainer.wang）");
        test(find(Button.class).withId("cohort-save").single()).click();

        CohortSummary newest = test(grid()).getRow(0);
        assertThat(newest.name()).isEqualTo("2027年1月 新员工入职培训");
        assertThat(newest.trainerCount()).isEqualTo(1);
        assertThat(newest.traineeCount()).isZero();
    }
}
