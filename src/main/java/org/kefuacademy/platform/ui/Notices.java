package org.kefuacademy.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.kefuacademy.platform.UserFacingException;

/** Short confirmations and refusals, always translated, the same look everywhere. */
public final class Notices {
    private Notices() {
    }

    public static void success(Component source, String key, Object... args) {
        show(source.getTranslation(key, args), NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void refused(Component source, UserFacingException e) {
        show(source.getTranslation(e.messageKey(), e.arguments()), NotificationVariant.LUMO_ERROR, 6000);
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        Notification n = Notification.show(text, millis, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
        n.addClassName("kefu-notice");
    }
}
