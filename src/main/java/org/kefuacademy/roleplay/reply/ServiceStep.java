package org.kefuacademy.roleplay.reply;

import java.util.Arrays;
import java.util.Optional;

/** The steps of good service a free-text reply can be checked for (their phrasings live in content/lexicon/steps.md). */
public enum ServiceStep {
    GREETING("greeting"),
    SELF_INTRO("self-intro"),
    APOLOGY("apology"),
    EMPATHY("empathy"),
    RESTATE("restate"),
    RECORD("record"),
    PROMISE_TIME("promise-time"),
    FOLLOW_UP("follow-up"),
    CLOSING("closing");

    private final String id;

    ServiceStep(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return "roleplay.step." + id;
    }

    public static Optional<ServiceStep> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
