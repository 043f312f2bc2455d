package org.kefuacademy.people;

import java.util.regex.Pattern;
import org.kefuacademy.people.domain.Account;
import org.kefuacademy.platform.UserFacingException;

/** Server-side checks of an account form; each failure names the field in the user's language. */
final class AccountValidation {
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3," + Account.USERNAME_MAX_LENGTH + "}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5," + Account.PHONE_MAX_LENGTH + "}");

    private AccountValidation() {
    }

    static void check(AccountDraft draft) {
        String username = draft.username() == null ? "" : draft.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new UserFacingException("account.username-invalid");
        }
        String name = draft.displayName() == null ? "" : draft.displayName().trim();
        if (!validDisplayName(name)) {
            throw new UserFacingException("account.display-name-invalid", Account.DISPLAY_NAME_MAX_LENGTH);
        }
        if (draft.roles().isEmpty()) {
            throw new UserFacingException("account.roles-required");
        }
        if (present(draft.email()) && !validEmail(draft.email().trim())) {
            throw new UserFacingException("account.email-invalid");
        }
        if (present(draft.phone()) && !PHONE.matcher(draft.phone().trim()).matches()) {
            throw new UserFacingException("account.phone-invalid");
        }
        if (present(draft.employeeNo()) && !validEmployeeNoLength(draft.employeeNo().trim())) {
            throw new UserFacingException("account.employee-no-invalid", Account.EMPLOYEE_NO_MAX_LENGTH);
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

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
