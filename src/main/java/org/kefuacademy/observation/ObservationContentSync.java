package org.kefuacademy.observation;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.kefuacademy.observation.domain.ChecklistEntry;
import org.kefuacademy.observation.domain.ChecklistEntryRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.ContentFolder;
import org.kefuacademy.platform.content.ContentSync;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.RowCatalogue;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.SyncReport;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads {@code content/observations/} through the shared pipeline. */
@Service
public class ObservationContentSync {
    static final String FOLDER = "observations";
    public static final String KIND = "observation";

    private final ChecklistEntryRepository entries;
    private final ContentFolder<Checklist> folder;

    ObservationContentSync(ContentFiles files, ChecklistEntryRepository entries, ContentVersionService versions,
                           CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.folder = new ContentFolder<>(KIND, FOLDER, files, versions, currentUser, clock);
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public SyncReport reload() {
        return folder.reload(ObservationContentSync::parse, ContentSync.CrossCheck.none(),
                new RowCatalogue<Checklist, ChecklistEntry>(entries, ChecklistEntry::new,
                        entries::findByActiveTrueOrderByCategoryAscChecklistKeyAsc, (row, c, version, now) -> row.describe(c.category().id(),
                        c.title(), c.week(), c.items().size(), c.maxPoints(), version, now)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER, Roles.HR})
    public SyncReport lastReport() {
        return folder.lastReport();
    }

    static ContentSync.Outcome<Checklist> parse(SourceFile file) {
        ChecklistParser.Outcome o = new ChecklistParser().parse(file);
        return new ContentSync.Outcome<>(o.checklist() == null ? null : new ContentSync.Parsed<>(o.checklist().id(), o.checklist(), file),
                o.problems());
    }
}
