package org.kefuacademy.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** A field the service refuses shows its Chinese reason, naming the field and the rule; the dialog stays open. */
class FormValidationViewTest extends DemoUiTest {

    private String lastNotification() {
        return find(Notification.class).all().getLast().getElement().getProperty("text", "");
    }

    @Test
    @WithUserDetails("admin")
    void a_phone_number_without_enough_digits_is_refused_in_chinese() {
        navigate(AccountsView.class);
        test(find(Button.class).withId("new-account").single()).click();
        AccountDialog dialog = find(AccountDialog.class).single();
        test(dialog.username).setValue("trainee.form" + System.nanoTime() % 100_000);
        test(dialog.displayName).setValue("符晓");
        test(dialog.phone).setValue("+ - 12");
        test(dialog.roles).selectItem("新员工");
        test(dialog.password).setValue("Fuxiao#2026-ok");
        test(find(Button.class).withId("account-save").single()).click();

        assertThat(lastNotification()).isEqualTo("手机号格式不正确：应有 5–20 位数字，只能包含数字、+、- 和空格");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    @WithUserDetails("hr.zhao")
    void a_cohort_name_with_a_control_character_is_refused_with_its_position() {
        navigate(CohortsView.class);
        test(find(Button.class).withId("new-cohort").single()).click();
        CohortDialog dialog = find(CohortDialog.class).single();
        test(dialog.name).setValue("2027年3月\u0007班");
        test(dialog.startDate).setValue(LocalDate.of(2027, 3, 1));
        test(find(Button.class).withId("cohort-save").single()).click();

        assertThat(lastNotification()).isEqualTo("输入的第 8 个字符（U+0007）是无法保存的控制字符或残缺字符，请删去后再保存");
        assertThat(dialog.isOpened()).isTrue();
    }
}
