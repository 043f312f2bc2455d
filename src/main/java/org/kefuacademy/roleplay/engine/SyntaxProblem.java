package org.kefuacademy.roleplay.engine;

/** A piece of a scenario written wrongly (an effect, a condition), as a message key with its arguments. */
final class SyntaxProblem extends IllegalArgumentException {
    private final String key;
    private final transient Object[] args;

    SyntaxProblem(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
