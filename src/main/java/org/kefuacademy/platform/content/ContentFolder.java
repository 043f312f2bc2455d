package org.kefuacademy.platform.content;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.security.KefuUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One folder of {@code .md} content files loaded through the shared pipeline: it reads the folder,
 * runs the sync on behalf of whoever asked, logs the problems and keeps the last report for the
 * content views. A feature's sync service holds one and supplies what is its own (parser, cross-check,
 * catalogue rows).
 */
public final class ContentFolder<T> {
    private static final Logger log = LoggerFactory.getLogger(ContentFolder.class);

    private final String folder;
    private final ContentFiles files;
    private final CurrentUser currentUser;
    private final ContentSync<T> sync;
    private final AtomicReference<SyncReport> lastReport = new AtomicReference<>(SyncReport.none());

    public ContentFolder(String kind, String folder, ContentFiles files, ContentVersionService versions,
                         CurrentUser currentUser, Clock clock) {
        this.folder = folder;
        this.files = files;
        this.currentUser = currentUser;
        this.sync = new ContentSync<>(kind, SourceFile::baseName, versions, clock);
    }

    /** Loads the folder now; the caller's transaction covers the whole sync. */
    public SyncReport reload(Function<SourceFile, ContentSync.Outcome<T>> parse, ContentSync.CrossCheck<T> crossCheck,
                             ContentSync.Catalogue<T> catalogue) {
        SyncReport report = sync.run(files.origin(), files.list(folder, ".md"), parse, crossCheck, catalogue,
                currentUser.find().map(KefuUser::accountId).orElse(null));
        lastReport.set(report);
        report.problems().forEach(p -> log.warn("Content problem {}: {} {}", p.location(), p.messageKey(), p.arguments()));
        return report;
    }

    public SyncReport lastReport() {
        return lastReport.get();
    }
}
