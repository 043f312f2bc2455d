package org.kefuacademy.observation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.kefuacademy.observation.Checklist;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The tablet scoring form: pick a trainee and a checklist, tap every score, save; HR and trainees cannot open it. */
class ObservationViewTest extends DemoUiTest {

    @Test
    @WithUserDetails("trainer.wang")
    @SuppressWarnings("unchecked")
    void a_trainer_scores_every_item_and_saves() {
        navigate(ObservationView.class);
        Select<CohortSummary> cohort = find(Select.class).withId("observation-cohort").single();
        test(cohort).selectItem(cohort.getListDataView().getItems().filter(c -> c.traineeCount() == 3).findFirst()
                .map(CohortSummary::name).orElseThrow());
        Select<AccountSummary> trainee = find(Select.class).withId("observation-trainee").single();
        test(trainee).selectItem("周婷");
        Select<Checklist> checklist = find(Select.class).withId("observation-checklist").single();
        test(checklist).selectItem("模拟接听电话观察评分表");
        assertThat(find(Span.class).withId("observation-total").single().getText()).startsWith("已给 0 /");
        test(find(Button.class).withId("observation-save").single()).click();
        assertThat(find(RadioButtonGroup.class).all()).as("refused: nothing scored yet, the form stays").isNotEmpty();
        var groups = find(RadioButtonGroup.class).all();
        for (RadioButtonGroup<Integer> score : groups) {
            test(score).selectItem("1");
        }
        assertThat(find(Span.class).withId("observation-total").single().getText())
                .contains("已给 " + groups.size() + " /").contains("已评 " + groups.size() + " / " + groups.size() + " 条");
        test(find(Button.class).withId("observation-save").single()).click();
        assertThat(find(RadioButtonGroup.class).all()).as("saved: the form is cleared").isEmpty();
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_cannot_record_observations() {
        assertThat(navigate("observations", RouteNotFoundError.class)).isNotNull();
    }
}
