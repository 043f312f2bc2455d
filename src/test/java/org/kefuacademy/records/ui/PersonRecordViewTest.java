package org.kefuacademy.records.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** HR finds a trainee and opens her record; the audit log shows it to administrators. */
class PersonRecordViewTest extends DemoUiTest {

    @Test
    @WithUserDetails("hr.zhao")
    void hr_opens_the_graduates_record_with_everything_she_did() {
        navigate(PeopleView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = find(Grid.class).withId("people-grid").single();
        assertThat(test(grid).size()).isEqualTo(5);
        AccountSummary he = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i))
                .filter(a -> a.displayName().equals("何佳怡")).findFirst().orElseThrow();
        navigate(PersonRecordView.class, he.id());
        assertThat(find(H2.class).single().getText()).isEqualTo("何佳怡 的档案");
        assertThat(find(Div.class).withId("record-attempts").single().getElement().getTextRecursively()).contains("assessment-final");
        assertThat(find(Div.class).withId("record-runs").single().getElement().getTextRecursively()).contains("考核");
        assertThat(find(Div.class).withId("record-observations").single().getElement().getTextRecursively()).contains("态度评分表");
        assertThat(find(Div.class).withId("record-final").single().getElement().getTextRecursively()).contains("通过");
        assertThat(find(Div.class).withId("record-certificates").single().getElement().getTextRecursively()).contains("综合");
        assertThat(find(Div.class).withId("record-mentoring").single().getElement().getTextRecursively()).contains("孙丽华 带教", "电梯困人");
        assertThat(find(Div.class).withId("record-performance").single().getElement().getTextRecursively()).contains("服务之星");
        assertThat(find(Div.class).withId("record-surveys").single().getElement().getTextRecursively()).contains("结业培训反馈", "情景演练最有价值");
    }

    @Test
    @WithUserDetails("mentor.sun")
    void a_mentor_sees_only_the_trainees_of_her_cohort() {
        navigate(PeopleView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = find(Grid.class).withId("people-grid").single();
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).displayName()))
                .containsExactlyInAnyOrder("李晓雯", "陈浩", "周婷");
    }

    @Test
    @WithUserDetails("admin")
    void the_audit_log_lists_openings_of_records() {
        navigate(AuditView.class);
        assertThat(find(Grid.class).withId("audit-grid").all()).hasSize(1);
    }
}
