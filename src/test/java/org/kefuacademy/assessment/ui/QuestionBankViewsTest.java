package org.kefuacademy.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.kefuacademy.assessment.BankQuestion;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

class QuestionBankViewsTest extends DemoUiTest {

    @SuppressWarnings("unchecked")
    private Grid<BankQuestion> grid() {
        return find(Grid.class).withId("questions-grid").single();
    }

    @Test
    @WithUserDetails("trainer.wang")
    void a_trainer_browses_filters_and_previews_questions() {
        navigate(QuestionBankView.class);
        int all = test(grid()).size();
        assertThat(all).isGreaterThanOrEqualTo(300);
        @SuppressWarnings("unchecked")
        Select<Object> type = find(Select.class).withId("questions-type").single();
        test(type).selectItem("简答题");
        assertThat(test(grid()).size()).isBetween(1, all - 1);
        test(grid()).clickRow(0);
        assertThat(find(Dialog.class).single().getElement().getTextRecursively()).contains("解析");
    }

    @Test
    @WithUserDetails("trainer.wang")
    void the_bank_editor_shows_problems_with_lines_and_refuses_to_save_them() {
        navigate("content/banks/bank-w1d1", BankEditorView.class);
        TextArea text = find(TextArea.class).withId("bank-text").single();
        assertThat(find(Paragraph.class).withId("bank-status").single().getText()).isEqualTo("格式正确，可以保存");
        test(text).setValue(text.getValue().replaceFirst("difficulty: 1", "difficulty: 9"));
        assertThat(find(Div.class).withId("bank-problems").single().getElement().getTextRecursively())
                .contains("quizzes/w1d1.md:").contains("超出范围");
        test(find(Button.class).withId("bank-save").single()).click();
        assertThat(find(Div.class).withId("bank-problems").single().getElement().getTextRecursively()).contains("超出范围");
    }

    @Test
    @WithUserDetails("trainer.wang")
    void the_bank_editor_previews_every_question_as_it_is_typed() {
        navigate("content/banks/bank-w1d1", BankEditorView.class);
        Div preview = find(Div.class).withId("bank-preview").single();
        assertThat(preview.getElement().getTextRecursively()).contains("w1d1-001").contains("业主满意度");
        TextArea text = find(TextArea.class).withId("bank-text").single();
        test(text).setValue(text.getValue().replace("安居物业客服工作的业主满意度目标是多少？", "改过的题干：满意度目标是多少？"));
        assertThat(find(Div.class).withId("bank-preview").single().getElement().getTextRecursively()).contains("改过的题干");
    }

    @Test
    @WithUserDetails("trainer.wang")
    void the_assessment_editor_checks_draws_as_it_is_typed() {
        navigate(QuestionBankView.class);
        @SuppressWarnings("unchecked")
        Select<String> pick = find(Select.class).withId("questions-edit-assessment").single();
        test(pick).selectItem("第二周测评：客服礼仪");
        assertThat(getCurrentView()).isInstanceOf(AssessmentEditorView.class);
        assertThat(find(Paragraph.class).withId("assessment-status").single().getText()).isEqualTo("格式正确，可以保存");
        TextArea text = find(TextArea.class).withId("assessment-text").single();
        test(text).setValue(text.getValue().replaceFirst("count: 5", "count: 5\n    topic: 没有这个知识点"));
        assertThat(find(Div.class).withId("assessment-problems").single().getElement().getTextRecursively())
                .contains("知识点要求的只有 0 题");
    }

    @Test
    @WithUserDetails("trainer.wang")
    void gift_import_previews_problems_with_lines_before_anything_is_imported() {
        navigate("content/banks/bank-w3d1", BankEditorView.class);
        test(find(Button.class).withId("bank-import-gift").single()).click();
        test(find(TextArea.class).withId("gift-text").single()).setValue("::a:: 好题 {=对 ~错}\n\n::b:: 没有答案块\n");
        test(find(Button.class).withId("gift-preview-button").single()).click();
        assertThat(find(Div.class).withId("gift-preview").single().getElement().getTextRecursively())
                .contains("import.gift:3").contains("没有答案块");
        test(find(TextArea.class).withId("gift-text").single()).setValue("::a:: 好题 {=对 ~错 ####解析}\n");
        test(find(Button.class).withId("gift-preview-button").single()).click();
        assertThat(find(Div.class).withId("gift-preview").single().getElement().getTextRecursively()).contains("可以导入 1 道题");
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_browses_but_cannot_edit_banks() {
        navigate(QuestionBankView.class);
        assertThat(find(Button.class).withId("questions-edit-bank").all()).isEmpty();
        assertThat(navigate("content/banks/bank-w1d1", RouteNotFoundError.class)).isNotNull();
    }
}
