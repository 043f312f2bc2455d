package org.kefuacademy.competence;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.kefuacademy.competence.domain.FrameworkEntry;
import org.kefuacademy.competence.domain.FrameworkEntryRepository;
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

/** Loads {@code content/competences/framework.md} through the shared pipeline and keeps the framework in use. */
@Service
public class FrameworkSync {
    static final String FOLDER = "competences";
    public static final String KIND = "competence-framework";
    private static final Logger log = LoggerFactory.getLogger(FrameworkSync.class);

    private final ContentFiles files;
    private final FrameworkEntryRepository entries;
    private final ContentVersionService versions;
    private final CurrentUser currentUser;
    private final ContentSync<CompetenceFramework> sync;
    private final AtomicReference<SyncReport> lastReport = new AtomicReference<>(SyncReport.none());
    private final AtomicReference<CompetenceFramework> current = new AtomicReference<>();

    FrameworkSync(ContentFiles files, FrameworkEntryRepository entries, ContentVersionService versions, CurrentUser currentUser,
                  Clock clock) {
        this.files = files;
        this.entries = entries;
        this.versions = versions;
        this.currentUser = currentUser;
        this.sync = new ContentSync<>(KIND, SourceFile::baseName, versions, clock);
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public SyncReport reload() {
        SyncReport report = sync.run(files.origin(), files.list(FOLDER, ".md"), FrameworkSync::parse,
                ContentSync.CrossCheck.none(), new RowCatalogue<CompetenceFramework, FrameworkEntry>(entries, FrameworkEntry::new,
                entries::findByActiveTrue, (row, f, version, now) -> row.describe(f.title(), version, now)), currentUser.find().map(u -> u.accountId()).orElse(null));
        lastReport.set(report);
        current.set(null);
        report.problems().forEach(p -> log.warn("Content problem {}: {} {}", p.location(), p.messageKey(), p.arguments()));
        return report;
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER, Roles.HR})
    public SyncReport lastReport() {
        return lastReport.get();
    }

    /** The framework in use; built-in rules and names from the message bundle if no file was ever loaded. */
    @Transactional(readOnly = true)
    public Optional<CompetenceFramework> framework() {
        CompetenceFramework cached = current.get();
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<CompetenceFramework> loaded = entries.findByActiveTrue().stream().findFirst()
                .flatMap(e -> versions.find(e.getCurrentVersionId()))
                .map(v -> parse(new SourceFile(FOLDER + "/" + v.key() + ".md", v.key(), v.body())).parsed())
                .filter(p -> p != null).map(ContentSync.Parsed::item);
        loaded.ifPresent(current::set);
        return loaded;
    }

    private static ContentSync.Outcome<CompetenceFramework> parse(SourceFile file) {
        FrameworkParser.Outcome o = new FrameworkParser().parse(file);
        return new ContentSync.Outcome<>(o.framework() == null ? null : new ContentSync.Parsed<>(file.baseName(), o.framework(), file),
                o.problems());
    }
}
