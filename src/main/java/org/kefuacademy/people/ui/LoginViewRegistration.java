package org.kefuacademy.people.ui;

import com.vaadin.flow.component.Component;
import org.kefuacademy.platform.security.LoginViewProvider;
import org.springframework.stereotype.Service;

/** Tells the security configuration which view signs people in. */
@Service
class LoginViewRegistration implements LoginViewProvider {

    @Override
    public Class<? extends Component> loginView() {
        return LoginView.class;
    }
}
