package org.kefuacademy.people;

import org.kefuacademy.platform.UserFacingException;

/**
 * A roster import refused because rows have problems; nothing was created. Carries the fresh preview so
 * that the view can show every problem, not only the count and the row of the first one.
 */
public class RosterRefused extends UserFacingException {
    private final transient RosterPreview preview;

    RosterRefused(RosterPreview preview) {
        super("roster.import-refused", preview.rowsWithProblems(),
                preview.firstProblem().map(p -> p.arguments().getFirst()).orElse("?"));
        this.preview = preview;
    }

    public RosterPreview preview() {
        return preview;
    }
}
