package org.kefuacademy.roleplay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefuacademy.roleplay.RunSummary;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The role-play screens, browserless, on the demo data: list, play, debrief, review, scenario admin and editor. */
class RoleplayViewsTest extends DemoUiTest {

    private List<Button> options() {
        return find(Button.class).withClassName("kefu-option").all();
    }

    /** Plays the scenario on screen to its end: first option each time, a polite reply when asked to write. */
    private int playToTheEnd() {
        int steps = 0;
        while (find(Paragraph.class).withId("run-ended").all().isEmpty()) {
            if (!find(TextArea.class).withId("reply-text").all().isEmpty()) {
                test(find(TextArea.class).withId("reply-text").single())
                        .setValue("您好，我是客服小吴，非常抱歉给您添麻烦了，我马上登记，三十分钟内给您回电话。Sorry, I will call you back within 30 minutes.");
                test(find(Button.class).withId("reply-send").single()).click();
            } else {
                test(options().getFirst()).click();
            }
            steps++;
            assertThat(steps).as("a scenario ends").isLessThan(60);
        }
        return steps;
    }

    @Test
    @WithUserDetails("trainee.wu")
    void a_trainee_practises_a_scenario_to_its_end_and_opens_the_debrief() {
        navigate(RoleplayListView.class);
        assertThat(find(Div.class).withClassName("kefu-card").all()).hasSizeGreaterThanOrEqualTo(12);
        test(find(Button.class).withId("practice-visitor-reception").single()).click();
        assertThat(getCurrentView()).isInstanceOf(PlayView.class);
        assertThat(find(Div.class).withId("chat").single().getElement().getAttribute("data-channel")).isEqualTo("desk");
        assertThat(find(Span.class).withId("mood-label").single().getText()).startsWith("对方情绪：");
        assertThat(find(Div.class).withClassName("kefu-bubble--persona").all()).isNotEmpty();
        int steps = playToTheEnd();
        assertThat(steps).isGreaterThanOrEqualTo(8);
        assertThat(find(Paragraph.class).withId("run-ended").single().getText()).startsWith("对话结束：");
        test(find(Button.class).withId("open-debrief").single()).click();
        assertThat(getCurrentView()).isInstanceOf(DebriefView.class);
        assertThat(find(Div.class).withClassName("kefu-score-row").all()).isNotEmpty();
        assertThat(find(Paragraph.class).withId("debrief-total").single().getText()).startsWith("得分率");
        assertThat(find(Div.class).withId("model-answer").single().getElement().getProperty("innerHTML")).isNotBlank();
        assertThat(find(Div.class).withClassName("kefu-step").all()).hasSizeGreaterThan(steps);
        assertThat(find(Div.class).withClassName("kefu-hit").all()).as("reply analysis shown").isNotEmpty();
        assertThat(find(TextField.class).all()).as("no review controls for trainees").isEmpty();
        test(find(Button.class).withId("try-again").single()).click();
        assertThat(getCurrentView()).isInstanceOf(PlayView.class);
    }

    @Test
    @WithUserDetails("trainee.wu")
    void an_assessed_run_asks_for_confirmation_first() {
        navigate(RoleplayListView.class);
        test(find(Button.class).withId("assessed-noise-complaint-call").single()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("还剩 2 次");
        test(confirm).confirm();
        assertThat(getCurrentView()).isInstanceOf(PlayView.class);
        assertThat(find(Span.class).withClassName("kefu-assessed-badge").all()).hasSize(1);
        assertThat(find(Span.class).withId("countdown").all()).as("the phone rings: three rings to answer").hasSize(1);
    }

    @Test
    @WithUserDetails("trainee.zhou")
    void the_demo_trainee_sees_her_runs_and_resumes_the_open_one() {
        navigate(RoleplayListView.class);
        String history = find(Div.class).withId("my-runs").single().getElement().getTextRecursively();
        assertThat(history).contains("未完成");
        assertThat(find(Button.class).withId("practice-noise-complaint-call").single().getText()).isEqualTo("继续演练");
        test(find(Button.class).withId("practice-noise-complaint-call").single()).click();
        assertThat(find(Div.class).withClassName("kefu-bubble--trainee").all()).hasSize(2);
    }

    @Test
    @WithUserDetails("trainer.wang")
    void a_trainer_reviews_runs_comments_on_a_step_and_changes_a_score() {
        navigate(RunReviewView.class);
        @SuppressWarnings("unchecked")
        Grid<RunSummary> grid = find(Grid.class).withId("runs-grid").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(6);
        RunSummary chens = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i))
                .filter(r -> r.personName().equals("陈浩") && r.scenarioKey().equals("noise-complaint-call"))
                .min(java.util.Comparator.comparing(RunSummary::scorePercent)).orElseThrow();
        navigate(DebriefView.class, chens.runId());
        assertThat(find(Paragraph.class).withClassName("kefu-review").all()).isNotEmpty();
        test(find(TextField.class).withId("comment-1").single()).setValue("语气再柔和一些。");
        test(find(Button.class).withId("comment-save-1").single()).click();
        assertThat(find(Div.class).withId("step-1").single().getElement().getTextRecursively()).contains("语气再柔和一些。");
        test(find(Button.class).withId("override-save-1").single()).click();
        assertThat(find(Div.class).withId("step-1").single().getElement().getTextRecursively())
                .as("no points given: refused, nothing changed").doesNotContain("调整为");
    }

    @Test
    @WithUserDetails("trainer.wang")
    void a_trainer_sees_every_scenario_valid_and_edits_one_with_live_validation() {
        navigate(ScenariosAdminView.class);
        assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().equals("所有情景和词表文件都通过了检查。"));
        navigate(ScenarioEditorView.class, "visitor-reception");
        assertThat(find(Paragraph.class).withId("scenario-status").single().getText()).startsWith("格式正确");
        assertThat(find(Div.class).withId("scenario-diagram").single().getElement().getTextRecursively()).startsWith("flowchart TD");
        TextArea text = find(TextArea.class).withId("scenario-text").single();
        test(text).setValue(text.getValue().replaceFirst("-> ([a-z0-9-]+)", "-> nowhere"));
        assertThat(find(Paragraph.class).withId("scenario-status").single().getText()).contains("问题");
        assertThat(find(Div.class).withId("scenario-problems").single().getElement().getTextRecursively()).contains("nowhere");
        test(find(Button.class).withId("scenario-play-test").single()).click();
        assertThat(getCurrentView()).isInstanceOf(PlayView.class);
    }

    @Test
    @WithUserDetails("trainee.li")
    void trainees_cannot_open_the_review_list_or_the_scenario_editor() {
        assertThat(navigate("roleplay/runs", RouteNotFoundError.class)).isNotNull();
        assertThat(navigate("content/scenarios", RouteNotFoundError.class)).isNotNull();
        assertThat(navigate("content/scenario-editor/visitor-reception", RouteNotFoundError.class)).isNotNull();
    }
}
