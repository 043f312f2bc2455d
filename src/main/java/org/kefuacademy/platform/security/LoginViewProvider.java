package org.kefuacademy.platform.security;

import com.vaadin.flow.component.Component;

/**
 * Names the login view without the platform depending on the feature that owns it. Given as a
 * class (not a path), Vaadin forwards anonymous visitors on the server instead of redirecting.
 */
public interface LoginViewProvider {
    Class<? extends Component> loginView();
}
