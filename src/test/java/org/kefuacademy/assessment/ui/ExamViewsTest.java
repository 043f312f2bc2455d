package org.kefuacademy.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The trainee's assessment list, the exam page and the result page, browserless, on the demo data. */
class ExamViewsTest extends DemoUiTest {

    /** Gives some answer to the question on screen, whatever its type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void answerCurrentQuestion() {
        Component input = find(Component.class).withId("answer-input").single();
        switch (input) {
            case RadioButtonGroup g -> test(g).selectItem(labelOfFirst(g));
            case CheckboxGroup g -> test(g).selectItem(((CheckboxGroup<Object>) g).getItemLabelGenerator()
                    .apply(g.getListDataView().getItems().findFirst().orElseThrow()));
            case TextField f -> test(f).setValue("24小时");
            case TextArea a -> test(a).setValue("先致歉，再记录，承诺时限，按时回访。");
            default -> {
                if (!find(Button.class).withId("keep-order").all().isEmpty()) {
                    test(find(Button.class).withId("keep-order").single()).click();
                } else {
                    for (Select select : find(Select.class).all()) {
                        test(select).selectItem((String) test(select).getSuggestions().getFirst());
                    }
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String labelOfFirst(RadioButtonGroup g) {
        Object first = g.getListDataView().getItems().findFirst().orElseThrow();
        return (String) g.getItemLabelGenerator().apply(first);
    }

    private String progressText() {
        return find(Span.class).withId("exam-progress").single().getText();
    }

    @Test
    @WithUserDetails("trainee.zhou")
    void a_trainee_starts_the_week_one_assessment_answers_resumes_and_submits() {
        navigate(AssessmentsView.class);
        assertThat(find(Div.class).withId("assessment-assessment-week1").single().getElement().getTextRecursively())
                .contains("已开放");
        test(find(Button.class).withId("start-assessment-week1").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ExamView.class);
        assertThat(progressText()).isEqualTo("已答 0 / 20 题");
        assertThat(find(Span.class).withId("exam-countdown").all()).hasSize(1);

        String kind = find(Component.class).withId("answer-input").single().getClass().getSimpleName();
        answerCurrentQuestion();
        assertThat(progressText()).as("after answering a " + kind).isEqualTo("已答 1 / 20 题");
        assertThat(find(Span.class).withId("exam-saved").single().getText()).startsWith("已保存");
        test(find(Button.class).withId("exam-flag").single()).click();

        // Leave and come back, as after a closed tab: the answer and the flag are still there.
        navigate(AssessmentsView.class);
        test(find(Button.class).withId("start-assessment-week1").single()).click();
        assertThat(progressText()).isEqualTo("已答 1 / 20 题");
        assertThat(find(Button.class).withClassName("kefu-strip-flagged").all()).hasSize(1);

        test(find(Button.class).withId("exam-submit").single()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("还有 19 道题没有作答");
        test(confirm).cancel();

        // Back on the page it shows the first unanswered question (2); every remaining one, whatever its
        // type, is answered and counted.
        for (int answered = 2; answered <= 20; answered++) {
            if (answered > 2) {
                test(find(Button.class).withId("exam-next").single()).click();
            }
            String type = find(Component.class).withId("answer-input").single().getClass().getSimpleName();
            answerCurrentQuestion();
            assertThat(progressText()).as("after answering a " + type).isEqualTo("已答 " + answered + " / 20 题");
        }
        test(find(Button.class).withId("exam-submit").single()).click();
        ConfirmDialog last = find(ConfirmDialog.class).all().getLast();
        assertThat(test(last).getText()).isEqualTo("全部题目都已作答。交卷后不能再修改答案。");
        test(last).confirm();

        assertThat(getCurrentView()).isInstanceOf(ResultView.class);
        assertThat(find(Div.class).withId("result-summary").single().getElement().getTextRecursively()).contains("得分");
        assertThat(find(Paragraph.class).withId("result-verdict").single().getText()).containsAnyOf("通过", "未通过");
        assertThat(find(Div.class).withClassName("kefu-review-unanswered").all()).isEmpty();
    }

    @Test
    @WithUserDetails("trainee.wu")
    void a_trainee_whose_cohort_has_not_started_sees_nothing_open() {
        navigate(AssessmentsView.class);
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("start-"));
        assertThat(find(Paragraph.class).withClassName("kefu-assessment-state").all())
                .allSatisfy(p -> assertThat(p.getText()).isEqualTo("尚未开放"));
    }

    @Test
    @WithUserDetails("trainer.wang")
    void a_trainer_opens_the_grading_queue() {
        navigate(GradingView.class);
        assertThat(find(com.vaadin.flow.component.html.H2.class).single().getText()).isEqualTo("批改简答题");
    }

    @Test
    @WithUserDetails("trainee.li")
    void trainees_cannot_open_the_grading_queue_or_item_statistics() {
        assertThat(navigate("grading", RouteNotFoundError.class)).isNotNull();
        assertThat(navigate("content/statistics", RouteNotFoundError.class)).isNotNull();
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_sees_item_statistics_from_the_demo_attempts() {
        navigate(ItemStatisticsView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.kefuacademy.assessment.ItemStatistics> grid =
                find(com.vaadin.flow.component.grid.Grid.class).withId("stats-grid").single();
        assertThat(test(grid).size()).isGreaterThan(10);
    }

    @Test
    @WithUserDetails("trainer.wang")
    void the_exam_pages_are_for_trainees_only() {
        assertThat(navigate("assessments", RouteNotFoundError.class)).isNotNull();
        assertThat(navigate("exam/1", RouteNotFoundError.class)).isNotNull();
    }
}
