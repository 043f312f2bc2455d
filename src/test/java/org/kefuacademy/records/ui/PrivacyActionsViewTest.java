package org.kefuacademy.records.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The record page's privacy row on the demo data: HR gets transcript, export and anonymisation; a trainer only the transcript. */
class PrivacyActionsViewTest extends DemoUiTest {

    @Test
    @WithUserDetails("hr.zhao")
    void hr_finds_the_transcript_and_export_buttons_and_a_wrong_confirmation_changes_nothing() {
        navigate(PersonRecordView.class, idOf("何佳怡"));
        assertThat(find(Anchor.class).withId("record-transcript").single().getText()).isEqualTo("下载培训档案（PDF）");
        assertThat(find(Anchor.class).withId("record-export").single().getText()).isEqualTo("导出个人信息（ZIP）");
        assertThat(find(Paragraph.class).withId("record-retention").single().getText()).contains("停用满 3 年");

        test(find(Button.class).withId("record-anonymise").single()).click();
        Dialog dialog = find(Dialog.class).withId("anonymise-dialog").single();
        assertThat(dialog.getHeaderTitle()).contains("何佳怡");
        test(find(TextField.class).withId("anonymise-confirmation").single()).setValue("何佳");
        test(find(Button.class).withId("anonymise-confirm").single()).click();
        assertThat(dialog.isOpened()).as("refused, dialog stays open").isTrue();
        navigate(PersonRecordView.class, idOf("何佳怡"));
        assertThat(find(Button.class).withId("record-anonymise").all()).as("not anonymised").hasSize(1);
    }

    @Test
    @WithUserDetails("mentor.sun")
    void a_trainer_gets_the_transcript_of_her_trainee_but_no_export_or_anonymisation() {
        navigate(PersonRecordView.class, idOf("李晓雯"));
        assertThat(find(Anchor.class).withId("record-transcript").all()).hasSize(1);
        assertThat(find(Anchor.class).withId("record-export").all()).isEmpty();
        assertThat(find(Button.class).withId("record-anonymise").all()).isEmpty();
    }

    private long idOf(String name) {
        navigate(PeopleView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = find(Grid.class).withId("people-grid").single();
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i))
                .filter(a -> a.displayName().equals(name)).findFirst().orElseThrow().id();
    }
}
