package org.kefuacademy.platform.content;

import java.time.Instant;
import java.util.List;

/** What a content reload of one folder did: which pages are new, changed, unchanged or gone, and what was wrong. */
public record SyncReport(Instant at, String origin, List<String> added, List<String> changed, List<String> unchanged,
                         List<String> retired, List<ContentProblem> problems) {

    public SyncReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        retired = List.copyOf(retired);
        problems = List.copyOf(problems);
    }

    public static SyncReport none() {
        return new SyncReport(Instant.EPOCH, "", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Files that were rejected (each may have several problems). */
    public long rejectedFiles() {
        return problems.stream().map(ContentProblem::file).distinct().count();
    }
}
