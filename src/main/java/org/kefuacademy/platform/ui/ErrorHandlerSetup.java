package org.kefuacademy.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.kefuacademy.platform.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Last line of defence for errors a view did not catch: the person gets a translated message
 * instead of a stack trace; unexpected errors are logged with their cause.
 */
@Component
class ErrorHandlerSetup implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandlerSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandlerSetup::handle));
    }

    private static void handle(ErrorEvent event) {
        Throwable cause = rootCause(event.getThrowable());
        UI ui = UI.getCurrent();
        String key;
        Object[] args = {};
        if (cause instanceof UserFacingException e) {
            key = e.messageKey();
            args = e.arguments();
        } else if (databaseUnavailable(event.getThrowable())) {
            key = "error.database-unavailable";
            log.warn("Database unavailable: {}", cause.toString());
        } else if (cause instanceof AccessDeniedException) {
            key = "error.access-denied";
            log.warn("Access denied: {}", cause.getMessage());
        } else {
            key = "error.unexpected";
            log.error("Unexpected error in the UI", event.getThrowable());
        }
        if (ui != null) {
            String text = ui.getTranslation(key, args);
            ui.access(() -> Notification.show(text, 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    /** The database did not answer (restarting, network): nothing was saved, and trying again later helps. */
    private static boolean databaseUnavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.springframework.dao.DataAccessResourceFailureException
                    || c instanceof org.springframework.transaction.CannotCreateTransactionException
                    || c instanceof java.sql.SQLTransientConnectionException
                    || c instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && !(c instanceof UserFacingException) && !(c instanceof AccessDeniedException)) {
            c = c.getCause();
        }
        return c;
    }
}
