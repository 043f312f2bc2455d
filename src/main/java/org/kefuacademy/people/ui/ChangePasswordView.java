package org.kefuacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.PasswordPolicy;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/**
 * Everyone changes their own password: the current one, then the new one twice. Whoever holds a
 * temporary password is sent here first (see {@link PasswordChangeGate}).
 */
@Route("account/password")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(AccountService accounts) {
        addClassName("kefu-page");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField fresh = new PasswordField(getTranslation("account.new-password"));
        PasswordField again = new PasswordField(getTranslation("password.again"));
        fresh.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        current.setId("password-current");
        fresh.setId("password-new");
        again.setId("password-again");
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!fresh.getValue().equals(again.getValue())) {
                Notices.refused(this, new UserFacingException("password.mismatch"));
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), fresh.getValue());
                Notices.success(this, "password.changed");
                current.clear();
                fresh.clear();
                again.clear();
                boolean wasRequired = PasswordChangeGate.required(VaadinSession.getCurrent());
                PasswordChangeGate.passwordChanged(VaadinSession.getCurrent());
                if (wasRequired) {
                    getUI().ifPresent(ui -> ui.navigate(""));
                }
            } catch (UserFacingException ex) {
                Notices.refused(this, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("password-save");
        FormLayout form = new FormLayout(current, fresh, again);
        form.setMaxWidth("40em");
        add(new H2(getTranslation("password.change")));
        if (accounts.mustChangePassword()) {
            Paragraph first = new Paragraph(getTranslation("password.must-change"));
            first.setId("password-must-change");
            add(first);
        }
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change") + " · " + getTranslation("app.name");
    }
}
