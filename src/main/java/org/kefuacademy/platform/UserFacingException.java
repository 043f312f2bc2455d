package org.kefuacademy.platform;

import java.util.Arrays;

/**
 * A refusal the user can act on, e.g. a duplicate user name. Carries a message-bundle key and
 * its arguments so that each view shows it in the user's language; nothing was changed.
 */
public class UserFacingException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
