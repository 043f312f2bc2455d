package org.kefuacademy.observation;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.kefuacademy.observation.domain.ChecklistEntry;
import org.kefuacademy.observation.domain.ChecklistEntryRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.ContentSync;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.RowCatalogue;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.SyncReport;
import org.kefuacademy.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads {@code content/observations/} through the shared pipeline. */
@Service
public class ObservationContentSync {
    static final String FOLDER = "observations";
    public static final String KIND = "observation";
    private static final Logger log = LoggerFactory.getLogger(ObservationContentSync.class);

    private final ContentFiles files;
    private final ChecklistEntryRepository entries;
    private final CurrentUser currentUser;
    private final ContentSync<Checklist> sync;
    private final AtomicReference<SyncReport> lastReport = new AtomicReference<>(SyncReport.none());

    ObservationContentSync(ContentFiles files, ChecklistEntryRepository entries, ContentVersionService versions,
                           CurrentUser currentUser, Clock clock) {
        this.files = files;
        this.entries = entries;
        this.currentUser = currentUser;
        this.sync = new ContentSync<>(KIND, SourceFile::baseName, versions, clock);
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public SyncReport reload() {
        SyncReport report = sync.run(files.origin(), files.list(FOLDER, ".md"), ObservationContentSync::parse,
                ContentSync.CrossCheck.none(), new RowCatalogue<Checklist, ChecklistEntry>(entries, ChecklistEntry::new,
                entries::findByActiveTrueOrderByCategoryAscChecklistKeyAsc, (row, c, version, now) -> row.describe(c.category().id(),
                        c.title(), c.week(), c.items().size(), c.maxPoints(), version, now)), currentUser.find().map(u -> u.accountId()).orElse(null));
        lastReport.set(report);
        report.problems().forEach(p -> log.warn("Content problem {}: {} {}", p.location(), p.messageKey(), p.arguments()));
        return report;
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER, Roles.HR})
    public SyncReport lastReport() {
        return lastReport.get();
    }

    static ContentSync.Outcome<Checklist> parse(SourceFile file) {
        ChecklistParser.Outcome o = new ChecklistParser().parse(file);
        return new ContentSync.Outcome<>(o.checklist() == null ? null : new ContentSync.Parsed<>(o.checklist().id(), o.checklist(), file),
                o.problems());
    }
}
