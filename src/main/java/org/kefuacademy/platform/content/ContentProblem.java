package org.kefuacademy.platform.content;

import java.util.List;

/**
 * Something wrong in a content file, said so that a trainer can fix it: the file, the line
 * (1-based; 0 when it concerns the whole file) and a message key with its arguments.
 */
public record ContentProblem(String file, int line, String messageKey, List<String> arguments) {

    public ContentProblem {
        arguments = List.copyOf(arguments);
    }

    public static ContentProblem at(String file, int line, String messageKey, Object... arguments) {
        return new ContentProblem(file, line, messageKey,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** "modules/w1d1.md:12" */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}
