package org.kefuacademy.people.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a password another person set (an administrator's reset, a roster import)
 * sees only 修改密码 until they choose their own. Asked once per session, then remembered.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {
    private static final String MUST_CHANGE = PasswordChangeGate.class.getName() + ".mustChange";

    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;

    PasswordChangeGate(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ChangePasswordView.class || event.getNavigationTarget() == LoginView.class
                || currentUser.find().isEmpty()) {
            return;
        }
        VaadinSession session = event.getUI().getSession();
        Boolean mustChange = (Boolean) session.getAttribute(MUST_CHANGE);
        if (mustChange == null) {
            mustChange = accounts.mustChangePassword();
            session.setAttribute(MUST_CHANGE, mustChange);
        }
        if (mustChange) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }

    static boolean required(VaadinSession session) {
        return Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE));
    }

    static void passwordChanged(VaadinSession session) {
        session.setAttribute(MUST_CHANGE, false);
    }
}
