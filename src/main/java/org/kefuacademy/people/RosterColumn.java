package org.kefuacademy.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns of a roster (花名册); a heading may be the Chinese or the English name, in any case and spacing. */
enum RosterColumn {
    EMPLOYEE_NO("工号", "Employee no", true),
    NAME("姓名", "Name", true),
    COHORT("批次", "Cohort", true),
    PHONE("手机", "Phone", false),
    EMAIL("邮箱", "Email", false);

    final String chinese;
    final String english;
    final boolean required;

    RosterColumn(String chinese, String english, boolean required) {
        this.chinese = chinese;
        this.english = english;
        this.required = required;
    }

    static Optional<RosterColumn> forHeading(String heading) {
        String key = normalise(heading);
        return Arrays.stream(values())
                .filter(c -> normalise(c.chinese).equals(key) || normalise(c.english).equals(key)).findFirst();
    }

    /** "工号 / Employee no", as a refusal names a missing column. */
    String label() {
        return chinese + " / " + english;
    }

    private static String normalise(String heading) {
        // Full-width spaces and the BOM-like zero-width characters Excel users paste in count as spaces too.
        return heading.replaceAll("[\\s\\u3000\\u200b\\ufeff]+", "").toLowerCase(Locale.ROOT);
    }
}
