package org.kefuacademy.performance.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.Locale;
import org.kefuacademy.performance.ReviewEntry;

/** How review values read in grids and exports: each target value with "met" or "missed". */
final class Cells {
    private Cells() {
    }

    static String satisfaction(Component c, ReviewEntry r) {
        return c.getTranslation("performance.value-pct", plain(r.satisfactionPct()), met(c, r.satisfactionMet()));
    }

    static String handled(Component c, ReviewEntry r) {
        return c.getTranslation("performance.value-pct", plain(r.complaintsHandledPct()), met(c, r.handledMet()));
    }

    static String response(Component c, ReviewEntry r) {
        return c.getTranslation("performance.value-hours", plain(r.responseHours()), met(c, r.responseMet()));
    }

    static String score(Component c, int score) {
        return c.getTranslation("performance.score." + score);
    }

    static String met(Component c, boolean met) {
        return c.getTranslation(met ? "performance.met" : "performance.missed");
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static String average(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.1f", v);
    }

    static String orBlank(Object v) {
        return v == null ? "" : v.toString();
    }
}
