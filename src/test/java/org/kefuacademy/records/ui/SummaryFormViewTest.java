package org.kefuacademy.records.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.kefuacademy.records.WeeklySummaryService;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A summary the service refuses (too long for its column) shows the Chinese reason with the limit and is not saved. */
class SummaryFormViewTest extends DemoUiTest {
    @Autowired
    WeeklySummaryService summaries;

    @Test
    @WithUserDetails("trainee.zhou")
    void a_summary_over_four_thousand_characters_is_refused_in_chinese() {
        navigate(MySummariesView.class);
        TextArea week1 = find(TextArea.class).withId("summary-text-1").single();
        String before = week1.getValue();
        test(week1).setValue("字".repeat(4001));
        test(find(Button.class).withId("summary-save-1").single()).click();

        assertThat(find(Notification.class).all().getLast().getElement().getProperty("text", "")).isEqualTo("小结不能超过 4,000 个字");
        // The trainee's text stays in the field to be shortened; the stored summary is unchanged.
        assertThat(week1.getValue()).hasSize(4001);
        String stored = summaries.mine().stream().filter(w -> w.week() == 1).findFirst().orElseThrow().body();
        assertThat(stored == null ? "" : stored).isEqualTo(before);
    }
}
