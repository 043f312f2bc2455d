package org.kefuacademy.people;

import java.util.List;

/** One thing wrong with a roster row, as a message-bundle key whose first argument is the row number. */
public record RosterProblem(String messageKey, List<String> arguments) {
    public RosterProblem {
        arguments = List.copyOf(arguments);
    }

    static RosterProblem of(String messageKey, int line, Object... more) {
        List<String> args = new java.util.ArrayList<>();
        args.add(Integer.toString(line));
        for (Object o : more) {
            args.add(String.valueOf(o));
        }
        return new RosterProblem(messageKey, args);
    }

    /** The arguments as a translation call takes them. */
    public Object[] args() {
        return arguments.toArray();
    }
}
