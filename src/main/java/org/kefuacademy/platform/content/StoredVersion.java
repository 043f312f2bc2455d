package org.kefuacademy.platform.content;

import java.time.Instant;

/** A stored content version as features see it. */
public record StoredVersion(long id, String kind, String key, int versionNo, String hash, Origin origin,
                            String sourcePath, String body, Instant createdAt, Long createdBy) {

    /** Where a version came from: a file under content/, or the in-app editor. */
    public enum Origin { FILE, EDITOR }
}
