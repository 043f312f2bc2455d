package org.kefuacademy.roleplay.engine;

/** The outcome of a conversation and the model answer (Markdown) shown in the debrief. */
public record Ending(EndingKind kind, String modelAnswer) {
}
