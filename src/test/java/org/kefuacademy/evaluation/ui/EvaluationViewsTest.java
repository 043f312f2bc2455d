package org.kefuacademy.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.kefuacademy.evaluation.EffectReport;
import org.kefuacademy.evaluation.OpenAnswer;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The feedback views on the demo data: Li in week 3 of her cohort; HR and the trainer reading the evaluation. */
class EvaluationViewsTest extends DemoUiTest {

    @Test
    @WithUserDetails("trainee.li")
    void a_trainee_in_week_three_sees_it_open_and_the_past_weeks_locked() {
        navigate(MySurveysView.class);
        assertThat(text("survey-state-1")).startsWith("已锁定");
        assertThat(text("survey-state-2")).startsWith("已锁定");
        assertThat(text("survey-state-3")).startsWith("待填写");
        assertThat(text("survey-state-4")).startsWith("未开放");
        assertThat(find(Button.class).withId("survey-open-3").single().getText()).isEqualTo("填写问卷");
        assertThat(find(Button.class).withId("survey-open-4").exists()).isFalse();
    }

    @Test
    @WithUserDetails("trainee.chen")
    void the_week_three_form_refuses_a_missing_score_and_then_stores_the_answers() {
        navigate(SurveyFormView.class, "3");
        test(find(Button.class).withId("survey-submit").single()).click();
        navigate(MySurveysView.class);
        assertThat(text("survey-state-3")).startsWith("待填写");
        navigate(SurveyFormView.class, "3");
        for (int q = 1; q <= 7; q++) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> group = find(RadioButtonGroup.class).withId("survey-q-" + q).single();
            group.setValue(4);
        }
        test(find(TextArea.class).withId("survey-q-8").single()).setValue("电梯困人的处置顺序终于理清了。");
        test(find(Button.class).withId("survey-submit").single()).click();
        navigate(MySurveysView.class);
        assertThat(text("survey-state-3")).startsWith("已提交");
    }

    @Test
    @WithUserDetails("trainee.li")
    void a_locked_week_reads_back_without_a_submit_button() {
        navigate(SurveyFormView.class, "1");
        assertThat(find(Button.class).withId("survey-submit").exists()).isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> first = find(RadioButtonGroup.class).withId("survey-q-1").single();
        assertThat(first.getValue()).isEqualTo(5);
        assertThat(first.isReadOnly()).isTrue();
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_sees_the_graduates_cohort_report_with_charts_exports_and_names() {
        navigate(EvaluationView.class);
        @SuppressWarnings("unchecked")
        Select<CohortSummary> cohort = find(Select.class).withId("evaluation-cohort").single();
        cohort.setValue(cohort.getListDataView().getItems().min(Comparator.comparing(CohortSummary::startDate)).orElseThrow());
        assertThat(text("evaluation-response-rate")).contains("已提交 1 份").contains("100%");
        String chart = find(Div.class).withId("evaluation-chart-surveys").single().getChildren()
                .filter(c -> c instanceof Div).map(c -> c.getElement().getProperty("innerHTML")).findFirst().orElse("");
        assertThat(chart).startsWith("<svg").contains("<rect");
        @SuppressWarnings("unchecked")
        Grid<EffectReport.WeekRow> weeks = find(Grid.class).withId("evaluation-weeks").single();
        assertThat(test(weeks).size()).isEqualTo(5);
        assertThat(find(Anchor.class).withId("evaluation-assessments-xlsx").exists()).isTrue();
        assertThat(find(Anchor.class).withId("evaluation-gains-csv").exists()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<OpenAnswer> open = find(Grid.class).withId("evaluation-open").single();
        assertThat(test(open).size()).isEqualTo(2);
        assertThat(test(open).getRow(0).personName()).isEqualTo("何佳怡");
    }

    @Test
    @WithUserDetails("trainer.wang")
    void the_trainer_reads_open_answers_without_names() {
        navigate(EvaluationView.class);
        @SuppressWarnings("unchecked")
        Grid<OpenAnswer> open = find(Grid.class).withId("evaluation-open").single();
        assertThat(test(open).size()).isEqualTo(5);
        assertThat(test(open).getRow(0).personName()).isNull();
        assertThat(open.getColumnByKey("person").isVisible()).isFalse();
    }

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }
}
