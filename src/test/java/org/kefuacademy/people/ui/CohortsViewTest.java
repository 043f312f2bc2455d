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

    private int rowOf(String nameContains, boolean started) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        for (int row = 0; row < test(grid()).size(); row++) {
            CohortSummary c = test(grid()).getRow(row);
            if (c.name().contains(nameContains) && c.traineeCount() > 0 && !c.startDate().isAfter(today) == started
                    && c.calendar().positionOn(today).phase() != org.kefuacademy.people.TrainingCalendar.Phase.FINISHED) {
                return row;
            }
        }
        throw new AssertionError("no demo cohort " + (started ? "in training" : "starting soon"));
    }

    @Test
    @WithUserDetails("hr.zhao")
    void the_next_cohorts_schedule_moves_past_the_company_meeting_and_lists_its_sixteen_days() {
        navigate(CohortsView.class);
        test(grid()).clickRow(rowOf("开班 新员工入职培训", false));
        CohortDialog dialog = find(CohortDialog.class).single();

        String schedule = dialog.schedule.getElement().getTextRecursively();
        assertThat(schedule).contains("第 1 周", "第 4 周");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("cohort-schedule-skipped").single().getText())
                .startsWith("遇节假日顺延").contains("公司年度工作会议");
        @SuppressWarnings("unchecked")
        Grid<org.kefuacademy.people.Membership> members = find(Grid.class).withId("cohort-members").single();
        assertThat(test(members).getRow(0).displayName()).isEqualTo("吴俊杰");
        assertThat(test(members).getCellText(0, 1)).isEqualTo("在训");
    }

    @Test
    @WithUserDetails("hr.zhao")
    void the_running_cohort_shows_who_moved_out_and_a_withdrawal_without_a_reason_changes_nothing() {
        navigate(CohortsView.class);
        test(grid()).clickRow(rowOf("开班 新员工入职培训", true));
        @SuppressWarnings("unchecked")
        Grid<org.kefuacademy.people.Membership> members = find(Grid.class).withId("cohort-members").single();
        int last = test(members).size() - 1;
        assertThat(test(members).getRow(last).displayName()).isEqualTo("吴俊杰");
        assertThat(test(members).getCellText(last, 1)).isEqualTo("已转批次");
        assertThat(test(members).getCellText(last, 3)).contains("体检报告");

        int zhou = java.util.stream.IntStream.range(0, last).filter(i -> test(members).getRow(i).displayName().equals("周婷"))
                .findFirst().orElseThrow();
        Button withdraw = (Button) test(members).getCellComponent(zhou, 4).getChildren()
                .filter(c -> c.getId().orElse("").startsWith("withdraw-")).findFirst().orElseThrow();
        test(withdraw).click();
        LeaveCohortDialog leave = find(LeaveCohortDialog.class).single();
        assertThat(leave.target.isVisible()).isFalse();
        test(find(Button.class).withId("leave-confirm").single()).click();

        assertThat(leave.isOpened()).isTrue();
        assertThat(find(com.vaadin.flow.component.notification.Notification.class).last().getElement().getProperty("text", ""))
                .contains("请填写原因");
        assertThat(test(members).getCellText(zhou, 1)).isEqualTo("在训");
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_adds_a_holiday_and_a_past_day_is_refused() {
        navigate(CohortsView.class);
        test(find(Button.class).withId("holidays").single()).click();
        HolidaysDialog dialog = find(HolidaysDialog.class).single();
        assertThat(test(dialog.grid).size()).as("the demo holidays").isGreaterThanOrEqualTo(1);
        int before = test(dialog.grid).size();

        LocalDate day = LocalDate.of(2300, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(3650));
        test(dialog.date).setValue(day);
        test(dialog.name).setValue("测试纪念日");
        test(find(Button.class).withId("holiday-add").single()).click();
        assertThat(test(dialog.grid).size()).isEqualTo(before + 1);
        assertThat(test(dialog.grid).getRow(before).name()).isEqualTo("测试纪念日");

        dialog.date.setMin(null);
        test(dialog.date).setValue(LocalDate.of(2020, 1, 1));
        test(dialog.name).setValue("过去的日子");
        test(find(Button.class).withId("holiday-add").single()).click();
        assertThat(test(dialog.grid).size()).isEqualTo(before + 1);
    }
}
