package org.kefuacademy.people;

import java.util.Locale;
import java.util.Set;
import org.kefuacademy.platform.UserFacingException;

/**
 * Password rules after OWASP ASVS: long enough, not absurdly long (bcrypt reads 72 bytes), not a
 * well-known password, not the user name. No composition rules and no forced rotation.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password123", "12345678", "123456789", "1234567890", "87654321",
            "11111111", "00000000", "88888888", "66666666", "qwertyui", "qwerty123", "abc12345", "abcd1234",
            "a1234567", "1qaz2wsx", "iloveyou", "admin123", "admin1234", "administrator", "welcome1",
            "letmein1", "passw0rd", "p@ssw0rd", "sunshine", "football", "baseball", "princess", "zxcvbnm1",
            "asdfghjk", "woaini1314", "woaini520", "5201314520", "147258369", "123123123", "aa123456",
            "qq123456", "changeme", "changeme1", "test1234", "guest123", "root1234", "kefu1234");

    private PasswordPolicy() {
    }

    /** Throws a {@link UserFacingException} naming the broken rule; returns quietly when fine. */
    public static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new UserFacingException("password.too-short", MIN_LENGTH);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new UserFacingException("password.too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw new UserFacingException("password.too-common");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new UserFacingException("password.contains-username");
        }
    }
}
