package org.kefuacademy.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

class ChangePasswordViewTest extends DemoUiTest {

    private void fill(String current, String fresh, String again) {
        test(find(PasswordField.class).withId("password-current").single()).setValue(current);
        test(find(PasswordField.class).withId("password-new").single()).setValue(fresh);
        test(find(PasswordField.class).withId("password-again").single()).setValue(again);
        test(find(Button.class).withId("password-save").single()).click();
    }

    private String lastNotification() {
        return find(Notification.class).all().getLast().getElement().getProperty("text", "");
    }

    @Test
    @WithUserDetails("mentor.sun")
    void a_person_changes_their_own_password_after_giving_the_current_one() {
        navigate(ChangePasswordView.class);
        fill("wrong-password", "Sunlihua#2027", "Sunlihua#2027");
        assertThat(lastNotification()).isEqualTo("当前密码不正确");
        fill(DemoAccounts.PASSWORD, "Sunlihua#2027", "Sunlihua#2028");
        assertThat(lastNotification()).isEqualTo("两次输入的新密码不一致");
        fill(DemoAccounts.PASSWORD, "short", "short");
        assertThat(lastNotification()).isEqualTo("密码至少需要 8 个字符");
        fill(DemoAccounts.PASSWORD, "Sunlihua#2027", "Sunlihua#2027");
        assertThat(lastNotification()).startsWith("密码已修改");
    }
}
