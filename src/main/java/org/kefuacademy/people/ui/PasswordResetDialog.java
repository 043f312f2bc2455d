package org.kefuacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.PasswordPolicy;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/** The administrator sets a new password for someone who lost theirs. */
class PasswordResetDialog extends Dialog {

    PasswordResetDialog(AccountService accounts, AccountSummary account) {
        setHeaderTitle(getTranslation("account.reset-password-for", account.displayName()));
        PasswordField password = new PasswordField(getTranslation("account.new-password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        password.setId("reset-password-field");
        add(password);
        Button confirm = new Button(getTranslation("action.confirm"), e -> {
            try {
                accounts.resetPassword(account.id(), password.getValue());
                Notices.success(this, "account.password-reset-notice", account.displayName());
                close();
            } catch (UserFacingException ex) {
                Notices.refused(this, ex);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("reset-password-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
