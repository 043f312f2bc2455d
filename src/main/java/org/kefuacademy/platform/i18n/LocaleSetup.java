package org.kefuacademy.platform.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Chinese unless the person chose English: the choice is kept in a cookie so that it survives
 * signing out and applies to the login page as well.
 */
@Component
class LocaleSetup implements VaadinServiceInitListener {
    static final String COOKIE = "kefu-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(chosenLocale(VaadinService.getCurrentRequest())));
    }

    static Locale chosenLocale(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Messages.CHINESE;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .map(Locale::forLanguageTag)
                .map(Messages::supported)
                .findFirst()
                .orElse(Messages.CHINESE);
    }
}
