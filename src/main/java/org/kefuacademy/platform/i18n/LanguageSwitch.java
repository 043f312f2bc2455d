package org.kefuacademy.platform.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/** A button that switches between 中文 and English and remembers the choice in a cookie. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addAttachListener(e -> setText(getTranslation("language.switch")));
        addClickListener(e -> switchTo(Messages.CHINESE.equals(Messages.supported(getLocale()))
                ? Messages.ENGLISH : Messages.CHINESE));
        setId("language-switch");
    }

    private void switchTo(Locale locale) {
        Cookie cookie = new Cookie(LocaleSetup.COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
