package org.kefuacademy.records.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

class AuditViewTest extends DemoUiTest {

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void the_administrator_filters_by_action_and_sees_people_by_name() {
        navigate(AuditView.class);
        ComboBox<String> action = find(ComboBox.class).withId("audit-action").single();
        Grid<AuditView.Row> grid = find(Grid.class).withId("audit-grid").single();
        assertThat(action.getListDataView().getItems()).contains(CohortService.AUDIT_TRANSFER, CohortService.AUDIT_CREATE);

        test(action).selectItem("学员转批次");

        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("系统");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("学员转批次");
        assertThat(test(grid).getCellText(0, 3)).startsWith("吴俊杰（");
        assertThat(test(grid).getCellText(0, 4)).contains("体检报告");

        test(action).selectItem("新建培训批次");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(3);
        assertThat(grid.getColumns().stream().map(c -> c.getHeaderText()).toList())
                .containsExactly("时间", "操作人", "操作", "涉及人员", "说明");
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_verifies_the_chain_and_sees_it_intact() {
        navigate(AuditView.class);
        Span result = find(Span.class).withId("audit-chain-result").single();

        test(find(Button.class).withId("audit-verify-chain").single()).click();

        assertThat(result.getText()).startsWith("完整：已校验 ").contains(" 条，链尾哈希 ");
    }
}
