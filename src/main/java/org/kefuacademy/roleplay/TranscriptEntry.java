package org.kefuacademy.roleplay;

/** One line of a conversation as shown: who speaks, what, and (for the trainee's lines) the step it belongs to. */
public record TranscriptEntry(Speaker speaker, String text, String nodeId, Integer stepSeq) {

    public enum Speaker { PERSONA, NARRATION, TRAINEE, TIMEOUT }
}
