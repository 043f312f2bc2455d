package org.kefuacademy.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Signed in as the demo administrator (per method: a class-level annotation arrives too late). */
class AccountsViewTest extends DemoUiTest {

    @SuppressWarnings("unchecked")
    private Grid<AccountSummary> grid() {
        return find(Grid.class).withId("accounts-grid").single();
    }

    private void filter(String text) {
        test(find(TextField.class).withId("account-filter").single()).setValue(text);
    }

    private String lastNotification() {
        return find(Notification.class).all().getLast().getElement().getProperty("text", "");
    }

    @Test
    @WithUserDetails("admin")
    void the_grid_lists_the_demo_accounts_and_filters_them() {
        navigate(AccountsView.class);
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(8);
        filter("周婷");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).username()).isEqualTo("trainee.zhou");
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_creates_an_account_through_the_dialog() {
        navigate(AccountsView.class);
        test(find(Button.class).withId("new-account").single()).click();
        AccountDialog dialog = find(AccountDialog.class).single();
        test(dialog.username).setValue("trainee.gao");
        test(dialog.displayName).setValue("高雅琪");
        test(dialog.employeeNo).setValue("K2611009");
        test(dialog.roles).selectItem("新员工");
        test(dialog.password).setValue("Gaoyaqi#2026");
        test(find(Button.class).withId("account-save").single()).click();

        assertThat(lastNotification()).isEqualTo("已保存");
        filter("trainee.gao");
        assertThat(test(grid()).size()).isEqualTo(1);
        AccountSummary created = test(grid()).getRow(0);
        assertThat(created.displayName()).isEqualTo("高雅琪");
        assertThat(created.roles()).isEqualTo(Set.of(Role.TRAINEE));
    }

    @Test
    @WithUserDetails("admin")
    void a_refused_form_shows_the_reason_in_chinese_and_keeps_the_dialog_open() {
        navigate(AccountsView.class);
        test(find(Button.class).withId("new-account").single()).click();
        AccountDialog dialog = find(AccountDialog.class).single();
        test(dialog.username).setValue("trainee.li");
        test(dialog.displayName).setValue("重名");
        test(dialog.password).setValue("Chongming#2026");
        test(find(Button.class).withId("account-save").single()).click();

        assertThat(lastNotification()).isEqualTo("用户名“trainee.li”已被占用");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_disables_and_resets_the_password_of_an_account() {
        navigate(AccountsView.class);
        filter("trainee.zhou");
        test(grid()).clickRow(0);
        test(find(Button.class).withId("account-reset-password").single()).click();
        test(find(PasswordField.class).withId("reset-password-field").single()).setValue("Zhouting#2027");
        test(find(Button.class).withId("reset-password-confirm").single()).click();
        assertThat(lastNotification()).isEqualTo("已为 周婷 设置新密码");

        test(find(Button.class).withId("account-toggle").single()).click();
        assertThat(lastNotification()).contains("已停用");
        assertThat(test(grid()).getRow(0).enabled()).isFalse();

        test(grid()).clickRow(0);
        test(find(Button.class).withId("account-toggle").single()).click();
        assertThat(test(grid()).getRow(0).enabled()).isTrue();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration authentication;
    @org.springframework.beans.factory.annotation.Autowired
    org.kefuacademy.people.AccountService accountService;

    @Test
    @WithUserDetails("admin")
    void the_administrator_sees_a_lock_after_failed_sign_ins_lifts_it_and_ends_sessions() throws Exception {
        String username = "locked." + System.nanoTime();
        org.kefuacademy.platform.security.SystemAuthentication.runAsSystem(() -> accountService.create(
                new org.kefuacademy.people.AccountDraft(username, "冯晓宇", Set.of(Role.TRAINEE), null, null, null), "Fengxiaoyu#2026"));
        var manager = authentication.getAuthenticationManager();
        for (int i = 0; i < 5; i++) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> manager.authenticate(
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong")))
                    .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
        }

        navigate(AccountsView.class);
        filter(username);
        test(grid()).clickRow(0);
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("account-locked-until").single().getText())
                .startsWith("登录失败次数过多，已锁定至 ");
        test(find(Button.class).withId("account-unlock").single()).click();
        assertThat(lastNotification()).isEqualTo("已解除 冯晓宇 的登录锁定");

        test(grid()).clickRow(0);
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("account-locked-until").all()).isEmpty();
        test(find(Button.class).withId("account-end-sessions").single()).click();
        assertThat(lastNotification()).isEqualTo("已结束 冯晓宇 的 0 个登录会话");
    }
}
