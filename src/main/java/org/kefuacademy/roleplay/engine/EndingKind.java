package org.kefuacademy.roleplay.engine;

import java.util.Arrays;
import java.util.Optional;

/** How a conversation ended. */
public enum EndingKind {
    RESOLVED("resolved"), ESCALATED("escalated"), COMPLAINT("complaint"), UNRESOLVED("unresolved"), FAILED("failed");

    private final String id;

    EndingKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return "roleplay.ending." + id;
    }

    public static Optional<EndingKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
