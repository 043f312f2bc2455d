package org.kefuacademy.roleplay.engine;

import java.util.Arrays;
import java.util.Optional;

/** How the simulated person reaches the agent; the play screen's look follows it. */
public enum Channel {
    DESK("desk"), PHONE("phone"), MESSAGE("message");

    private final String id;

    Channel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return "roleplay.channel." + id;
    }

    public static Optional<Channel> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
