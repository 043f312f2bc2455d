package org.kefuacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import org.kefuacademy.people.AccountDraft;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.PasswordPolicy;
import org.kefuacademy.people.domain.Account;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/** Create an account, or edit one: profile, roles, enable/disable, password reset. */
class AccountDialog extends Dialog {
    private final transient AccountService accounts;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private final AccountSummary existing;
    private final transient Runnable onChange;

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final TextField employeeNo = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();

    AccountDialog(AccountService accounts, AccountSummary existing, Runnable onChange) {
        this.accounts = accounts;
        this.existing = existing;
        this.onChange = onChange;
        setHeaderTitle(getTranslation(existing == null ? "accounts.new" : "accounts.edit"));
        setWidth("min(640px, 95vw)");
        configureFields();
        FormLayout form = new FormLayout(username, displayName, employeeNo, phone, email, roles);
        form.setColspan(roles, 2);
        if (existing == null) {
            form.add(password);
        }
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("account-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
        if (existing != null) {
            Button toggle = new Button(getTranslation(existing.enabled() ? "account.disable" : "account.enable"),
                    e -> toggleEnabled());
            toggle.setId("account-toggle");
            toggle.addThemeVariants(existing.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            Button reset = new Button(getTranslation("account.reset-password"),
                    e -> new PasswordResetDialog(accounts, existing).open());
            reset.setId("account-reset-password");
            Button endSessions = new Button(getTranslation("account.end-sessions"), e -> endSessions());
            endSessions.setId("account-end-sessions");
            getFooter().add(toggle, reset, endSessions);
            accounts.lockedUntil(existing.id()).ifPresent(until -> showLock(form, until));
        }
        getFooter().add(save);
    }

    private void configureFields() {
        username.setLabel(getTranslation("account.username"));
        username.setMaxLength(Account.USERNAME_MAX_LENGTH);
        username.setHelperText(getTranslation("account.username-help"));
        username.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("account.display-name"));
        displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
        displayName.setRequiredIndicatorVisible(true);
        employeeNo.setLabel(getTranslation("account.employee-no"));
        employeeNo.setMaxLength(Account.EMPLOYEE_NO_MAX_LENGTH);
        phone.setLabel(getTranslation("account.phone"));
        phone.setMaxLength(Account.PHONE_MAX_LENGTH);
        email.setLabel(getTranslation("account.email"));
        email.setMaxLength(Account.EMAIL_MAX_LENGTH);
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        password.setLabel(getTranslation("account.initial-password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            employeeNo.setValue(nullToEmpty(existing.employeeNo()));
            phone.setValue(nullToEmpty(existing.phone()));
            email.setValue(nullToEmpty(existing.email()));
            roles.setValue(existing.roles());
        } else {
            roles.setValue(EnumSet.of(Role.TRAINEE));
        }
    }

    AccountDraft draft() {
        Set<Role> chosen = roles.getValue();
        return new AccountDraft(username.getValue(), displayName.getValue(), chosen, employeeNo.getValue(),
                phone.getValue(), email.getValue());
    }

    void save() {
        try {
            if (existing == null) {
                accounts.create(draft(), password.getValue());
            } else {
                accounts.update(existing.id(), draft());
            }
            Notices.success(this, "notice.saved");
            onChange.run();
            close();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    private void toggleEnabled() {
        try {
            accounts.setEnabled(existing.id(), !existing.enabled());
            Notices.success(this, existing.enabled() ? "account.disabled-notice" : "account.enabled-notice",
                    existing.displayName());
            onChange.run();
            close();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    /** A person locked out by failed sign-ins: until when, and the way to let them in sooner. */
    private void showLock(FormLayout form, java.time.Instant until) {
        Span lock = new Span(getTranslation("account.locked-until", WHEN.format(until)));
        lock.setId("account-locked-until");
        lock.addClassName("kefu-badge-off");
        Button unlock = new Button(getTranslation("account.unlock"), e -> unlock());
        unlock.setId("account-unlock");
        HorizontalLayout row = new HorizontalLayout(lock, unlock);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.add(row);
        form.setColspan(row, 2);
    }

    private void unlock() {
        accounts.unlock(existing.id());
        Notices.success(this, "account.unlocked-notice", existing.displayName());
        onChange.run();
        close();
    }

    private void endSessions() {
        int ended = accounts.endSessions(existing.id());
        Notices.success(this, "account.sessions-ended-notice", existing.displayName(), ended);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
