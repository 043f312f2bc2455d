package org.kefuacademy.platform.content;

import java.util.List;
import org.kefuacademy.platform.UserFacingException;

/** An edit that does not validate: nothing was saved; the problems say what and where. */
public class ContentRejectedException extends UserFacingException {
    private final transient List<ContentProblem> problems;

    public ContentRejectedException(List<ContentProblem> problems) {
        super("content.rejected", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
