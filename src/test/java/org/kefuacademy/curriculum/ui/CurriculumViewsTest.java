package org.kefuacademy.curriculum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The plan, the reader, search and the trainers' content views, per role, on the demo data.
 * Components are found by id: views are Spring beans behind a method-security proxy, so their
 * fields cannot be read from the instance navigate() returns.
 */
class CurriculumViewsTest extends DemoUiTest {
    private static final String W1D3 = "w1d3-customer-needs-and-channels";

    @Test
    @WithUserDetails("trainee.zhou")
    void the_plan_shows_four_weeks_of_four_days_with_progress() {
        navigate(MyLearningView.class);
        assertThat(find(Div.class).withClassName("kefu-day").all()).hasSize(16);
        assertThat(find(Span.class).withId("progress-overall-label").single().getText()).matches("整体进度：已完成 \\d+ / 16 天");
        assertThat(find(ProgressBar.class).withId("progress-week-1").single().getValue()).isEqualTo(1.0);
        assertThat(find(Div.class).withClassName("kefu-day-behind").all()).as("Zhou is behind").isNotEmpty();
    }

    @Test
    @WithUserDetails("trainee.zhou")
    void reading_a_module_and_marking_it_complete() {
        String key = "w2d4-complaint-handling";
        ModuleReaderView reader = navigate("learn/" + key, ModuleReaderView.class);
        assertThat(find(H1.class).withId("module-title").single().getText()).contains("投诉");
        String html = find(Div.class).withId("module-content").single().getElement().getProperty("innerHTML");
        assertThat(html).contains("<h2 id=\"sec-1\">").contains("<pre class=\"mermaid kefu-diagram\">").doesNotContain("<script");
        assertThat(find(Span.class).withClassName("kefu-toc-link").all()).hasSizeGreaterThan(5);

        test(find(Button.class).withId("module-complete").single()).click();
        assertThat(find(Paragraph.class).withId("module-done").single().getText()).contains("已完成");
        navigate(MyLearningView.class);
        assertThat(find(Div.class).withId("day-" + key).single().getClassNames()).contains("kefu-day-done");
        assertThat(reader).isNotNull();
    }

    @Test
    @WithUserDetails("trainee.li")
    void an_unknown_page_says_so() {
        navigate("learn/w9d9-nothing", ModuleReaderView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("找不到页面“w9d9-nothing”");
    }

    @Test
    @WithUserDetails("trainee.li")
    void search_lists_pages_with_the_phrase() {
        navigate(SearchView.class);
        test(find(TextField.class).withId("search-query").single()).setValue("对讲机");
        assertThat(find(Div.class).withClassName("kefu-search-hit").all()).isNotEmpty();
        assertThat(find(Div.class).withId("search-results").single().getElement().getTextRecursively()).contains("对讲机");
    }

    @Test
    @WithUserDetails("trainer.wang")
    void a_trainer_sees_every_page_and_the_last_load_report() {
        navigate(ModulesAdminView.class);
        assertThat(test(find(Grid.class).withId("modules-grid").single()).size()).isGreaterThanOrEqualTo(20);
        assertThat(find(Div.class).withId("modules-report").single().getElement().getTextRecursively()).contains("上次加载");
        assertThat(find(Button.class).withId("modules-reload").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_reviews_content_but_cannot_reload_or_edit() {
        navigate(ModulesAdminView.class);
        assertThat(find(Button.class).withId("modules-reload").all()).isEmpty();
        navigate("content/modules/" + W1D3, ModulePreviewView.class);
        assertThat(find(H2.class).withId("preview-title").single().getText()).isNotBlank();
        assertThat(find(Button.class).withId("preview-edit").all()).isEmpty();
        assertThat(navigate("content/edit/" + W1D3, RouteNotFoundError.class)).isNotNull();
    }

    @Test
    @WithUserDetails("trainer.wang")
    void the_editor_shows_problems_live_and_refuses_to_save_them_then_saves_a_good_edit() {
        navigate("content/edit/" + W1D3, ModuleEditorView.class);
        TextArea text = find(TextArea.class).withId("editor-text").single();
        String good = text.getValue();
        test(text).setValue(good.replace("week: 1", "week: 5"));
        assertThat(find(Div.class).withId("editor-problems").single().getElement().getTextRecursively())
                .contains("modules/" + W1D3 + ".md:4").contains("超出范围");
        test(find(Button.class).withId("editor-save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ModuleEditorView.class);

        test(text).setValue(good + "\n\n## 讲师补充\n\n请结合本项目的实际渠道讲解。\n");
        assertThat(find(Div.class).withId("editor-preview").single().getElement().getTextRecursively()).isNotNull();
        test(find(Button.class).withId("editor-save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ModulePreviewView.class);
        assertThat(find(Div.class).withId("module-content").single().getElement().getProperty("innerHTML"))
                .contains("请结合本项目的实际渠道讲解");
    }

    @Test
    @WithUserDetails("trainee.li")
    void trainees_cannot_open_the_content_views() {
        assertThat(navigate("content/modules", RouteNotFoundError.class)).isNotNull();
        assertThat(navigate("content/modules/" + W1D3, RouteNotFoundError.class)).isNotNull();
    }

}
