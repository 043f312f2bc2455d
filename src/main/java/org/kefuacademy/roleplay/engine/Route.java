package org.kefuacademy.roleplay.engine;

/** Where to go next when the condition holds ({@link Condition#ALWAYS} for the fallback). */
public record Route(String target, Condition condition, int line) {
}
