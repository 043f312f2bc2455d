package org.kefuacademy.curriculum;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.kefuacademy.curriculum.domain.CurriculumModule;
import org.kefuacademy.curriculum.domain.CurriculumModuleRepository;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.ContentSync;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.content.SyncReport;
import org.kefuacademy.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code content/modules/} into the catalogue through the shared {@link ContentSync}:
 * every valid file becomes (or stays) the current version of its page; a rejected file changes
 * nothing and is reported; a page whose file disappeared is retired (its versions and everyone's
 * progress stay).
 */
@Service
public class CurriculumSync {
    static final String FOLDER = "modules";
    /** How problem reports name files of this folder: {@code modules/<key>.md}. */
    public static final String FOLDER_PATH = FOLDER + "/";
    public static final String KIND = "module";
    private static final Logger log = LoggerFactory.getLogger(CurriculumSync.class);

    private final ContentFiles files;
    private final CurriculumModuleRepository modules;
    private final ModuleParser parser;
    private final CurrentUser currentUser;
    private final ContentSync<ModuleDefinition> sync;
    private final AtomicReference<SyncReport> lastReport = new AtomicReference<>(SyncReport.none());

    CurriculumSync(ContentFiles files, ContentVersionService versions, CurriculumModuleRepository modules,
                   MarkdownRenderer markdown, CurrentUser currentUser, Clock clock) {
        this.files = files;
        this.modules = modules;
        this.parser = new ModuleParser(markdown);
        this.currentUser = currentUser;
        this.sync = new ContentSync<>(KIND, SourceFile::baseName, versions, clock);
    }

    /** Reads every module file again and reports what changed. */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public SyncReport reload() {
        SyncReport report = sync.run(files.origin(), files.list(FOLDER, ".md"), this::parse,
                CurriculumSync::rejectDuplicateDays, new Catalogue(), currentUser.find().map(u -> u.accountId()).orElse(null));
        lastReport.set(report);
        log.info("Curriculum loaded from {}: {} added, {} changed, {} unchanged, {} retired, {} file(s) rejected",
                report.origin(), report.added().size(), report.changed().size(), report.unchanged().size(),
                report.retired().size(), report.rejectedFiles());
        report.problems().forEach(p -> log.warn("Content problem {}: {} {}", p.location(), p.messageKey(), p.arguments()));
        return report;
    }

    /** The report of the last reload, for the trainers' module list. */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER, Roles.HR})
    public SyncReport lastReport() {
        return lastReport.get();
    }

    private ContentSync.Outcome<ModuleDefinition> parse(SourceFile file) {
        ModuleParser.Outcome outcome = parser.parse(file, path -> files.exists(FOLDER, path));
        ModuleDefinition def = outcome.definition();
        return new ContentSync.Outcome<>(def == null ? null : new ContentSync.Parsed<>(def.key(), def, file),
                outcome.problems());
    }

    static void describe(CurriculumModule row, ModuleDefinition def, long versionId, Instant now) {
        row.describe(def.kind().id(), def.week(), def.day(), def.title(), def.summary(), def.minutes(),
                def.competences().stream().map(Competence::id).collect(Collectors.joining(",")), versionId, now);
    }

    /** Two modules for the same training day: the second (by file name) is rejected. */
    private static List<ContentSync.Parsed<ModuleDefinition>> rejectDuplicateDays(
            List<ContentSync.Parsed<ModuleDefinition>> valid, List<ContentProblem> problems) {
        Map<String, ModuleDefinition> byDay = new HashMap<>();
        List<ContentSync.Parsed<ModuleDefinition>> kept = new ArrayList<>();
        for (ContentSync.Parsed<ModuleDefinition> p : valid) {
            ModuleDefinition d = p.item();
            if (d.kind() == PageKind.MODULE) {
                ModuleDefinition first = byDay.putIfAbsent(d.week() + "-" + d.day(), d);
                if (first != null) {
                    problems.add(ContentProblem.at(d.sourcePath(), 0, "content.problem.duplicate-day", d.week(), d.day(),
                            first.sourcePath()));
                    continue;
                }
            }
            kept.add(p);
        }
        return kept;
    }

    /** The curriculum's catalogue table as the shared sync sees it. */
    private final class Catalogue implements ContentSync.Catalogue<ModuleDefinition> {
        @Override
        public Optional<String> activeFileHash(String key) {
            return modules.findById(key).filter(CurriculumModule::isActive).map(CurriculumModule::getFileHash);
        }

        @Override
        public boolean known(String key) {
            return modules.existsById(key);
        }

        @Override
        public void store(ContentSync.Parsed<ModuleDefinition> parsed, StoredVersion version, String fileHash, Instant now) {
            CurriculumModule row = modules.findById(parsed.key()).orElseGet(() -> new CurriculumModule(parsed.key()));
            describe(row, parsed.item(), version.id(), now);
            row.fileSynced(fileHash);
            modules.save(row);
        }

        @Override
        public List<String> activeKeys() {
            return modules.findAll().stream().filter(CurriculumModule::isActive).map(CurriculumModule::getContentKey).toList();
        }

        @Override
        public void retire(String key, Instant now) {
            modules.findById(key).ifPresent(row -> row.retire(now));
        }
    }
}
