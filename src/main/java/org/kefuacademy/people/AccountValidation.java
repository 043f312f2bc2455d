package org.kefuacademy.people;

import java.util.regex.Pattern;
import org.kefuacademy.people.domain.Account;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;

/** Server-side checks of an account form; each failure names the field in the user's language. */
final class AccountValidation {
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3," + Account.USERNAME_MAX_LENGTH + "}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Digits with optional +, - and spaces between them, e.g. 138 0000 0000, +86-755-8888 6666. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]*[0-9]");
    static final int PHONE_MIN_DIGITS = 5;
    static final int PHONE_MAX_DIGITS = 20;
    /** Letters, digits and . _ - (an employee number may become a user name, see the roster import). */
    static final Pattern EMPLOYEE_NO = Pattern.compile("[A-Za-z0-9._-]+");

    private AccountValidation() {
    }

    static void check(AccountDraft draft) {
        String username = draft.username() == null ? "" : draft.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new UserFacingException("account.username-invalid");
        }
        Fields.required(draft.displayName(), Account.DISPLAY_NAME_MAX_LENGTH, "account.display-name-invalid",
                "account.display-name-invalid");
        if (draft.roles() == null || draft.roles().isEmpty()) {
            throw new UserFacingException("account.roles-required");
        }
        String email = Fields.optional(draft.email(), Account.EMAIL_MAX_LENGTH, "account.email-too-long");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new UserFacingException("account.email-invalid");
        }
        String phone = Fields.optional(draft.phone(), Account.PHONE_MAX_LENGTH, "account.phone-too-long");
        if (phone != null && !validPhone(phone)) {
            throw new UserFacingException("account.phone-format", PHONE_MIN_DIGITS, PHONE_MAX_DIGITS);
        }
        String employeeNo = Fields.optional(draft.employeeNo(), Account.EMPLOYEE_NO_MAX_LENGTH, "account.employee-no-invalid");
        if (employeeNo != null && !EMPLOYEE_NO.matcher(employeeNo).matches()) {
            throw new UserFacingException("account.employee-no-format");
        }
    }

    static boolean validUsername(String trimmed) {
        return USERNAME.matcher(trimmed).matches();
    }

    static boolean validDisplayName(String trimmed) {
        return !trimmed.isEmpty() && trimmed.length() <= Account.DISPLAY_NAME_MAX_LENGTH;
    }

    static boolean validEmail(String trimmed) {
        return EMAIL.matcher(trimmed).matches() && trimmed.length() <= Account.EMAIL_MAX_LENGTH;
    }

    static boolean validEmployeeNoLength(String trimmed) {
        return trimmed.length() <= Account.EMPLOYEE_NO_MAX_LENGTH;
    }

    static boolean validPhone(String trimmed) {
        long digits = trimmed.chars().filter(Character::isDigit).count();
        return PHONE.matcher(trimmed).matches() && digits >= PHONE_MIN_DIGITS && digits <= PHONE_MAX_DIGITS;
    }
}
