package org.kefuacademy.curriculum;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.kefuacademy.curriculum.domain.CurriculumModule;
import org.kefuacademy.curriculum.domain.CurriculumModuleRepository;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.ContentHash;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code content/modules/} into the catalogue: every valid file becomes (or stays) the
 * current version of its page; a rejected file changes nothing and is reported; a page whose file
 * disappeared is retired (its versions and everyone's progress stay).
 */
@Service
public class CurriculumSync {
    static final String FOLDER = "modules";
    /** How problem reports name files of this folder: {@code modules/<key>.md}. */
    public static final String FOLDER_PATH = FOLDER + "/";
    public static final String KIND = "module";
    private static final Logger log = LoggerFactory.getLogger(CurriculumSync.class);

    private final ContentFiles files;
    private final ContentVersionService versions;
    private final CurriculumModuleRepository modules;
    private final ModuleParser parser;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AtomicReference<SyncReport> lastReport = new AtomicReference<>(SyncReport.none());

    CurriculumSync(ContentFiles files, ContentVersionService versions, CurriculumModuleRepository modules,
                   MarkdownRenderer markdown, CurrentUser currentUser, Clock clock) {
        this.files = files;
        this.versions = versions;
        this.modules = modules;
        this.parser = new ModuleParser(markdown);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Reads every module file again and reports what changed. */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public SyncReport reload() {
        List<SourceFile> sources = files.list(FOLDER, ".md");
        List<ContentProblem> problems = new ArrayList<>();
        List<ModuleDefinition> valid = new ArrayList<>();
        Map<String, SourceFile> sourceByKey = new HashMap<>();
        for (SourceFile source : sources) {
            ModuleParser.Outcome outcome = parser.parse(source, path -> files.exists(FOLDER, path));
            problems.addAll(outcome.problems());
            if (outcome.definition() != null) {
                valid.add(outcome.definition());
                sourceByKey.put(outcome.definition().key(), source);
            }
        }
        valid = rejectDuplicateDays(valid, problems);
        Instant now = clock.instant();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (ModuleDefinition def : valid) {
            SourceFile source = sourceByKey.get(def.key());
            String hash = ContentHash.of(source.text());
            CurriculumModule row = modules.findById(def.key()).orElse(null);
            if (row != null && row.isActive() && hash.equals(row.getFileHash())) {
                unchanged.add(def.key());
                continue;
            }
            StoredVersion version = versions.store(KIND, def.key(), source.text(), StoredVersion.Origin.FILE,
                    source.path(), actor());
            (row == null ? added : changed).add(def.key());
            CurriculumModule target = row == null ? new CurriculumModule(def.key()) : row;
            describe(target, def, version.id(), now);
            target.fileSynced(hash);
            modules.save(target);
        }
        Set<String> present = valid.stream().map(ModuleDefinition::key).collect(Collectors.toSet());
        Set<String> rejectedKeys = new HashSet<>();
        problems.forEach(p -> rejectedKeys.add(baseName(p.file())));
        List<String> retired = new ArrayList<>();
        for (CurriculumModule row : modules.findAll()) {
            // A page whose file is merely broken stays as it was; only a vanished file retires it.
            if (row.isActive() && !present.contains(row.getContentKey()) && !rejectedKeys.contains(row.getContentKey())) {
                row.retire(now);
                retired.add(row.getContentKey());
            }
        }
        SyncReport report = new SyncReport(now, files.origin(), added, changed, unchanged, retired, problems);
        lastReport.set(report);
        log.info("Curriculum loaded from {}: {} added, {} changed, {} unchanged, {} retired, {} file(s) rejected",
                report.origin(), added.size(), changed.size(), unchanged.size(), retired.size(), report.rejectedFiles());
        problems.forEach(p -> log.warn("Content problem {}: {} {}", p.location(), p.messageKey(), p.arguments()));
        return report;
    }

    /** The report of the last reload, for the trainers' module list. */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER, Roles.HR})
    public SyncReport lastReport() {
        return lastReport.get();
    }

    static void describe(CurriculumModule row, ModuleDefinition def, long versionId, Instant now) {
        row.describe(def.kind().id(), def.week(), def.day(), def.title(), def.summary(), def.minutes(),
                def.competences().stream().map(Competence::id).collect(Collectors.joining(",")), versionId, now);
    }

    private Long actor() {
        return currentUser.find().map(u -> u.accountId()).orElse(null);
    }

    /** Two modules for the same training day: the second (by file name) is rejected. */
    private static List<ModuleDefinition> rejectDuplicateDays(List<ModuleDefinition> defs, List<ContentProblem> problems) {
        Map<String, ModuleDefinition> byDay = new HashMap<>();
        List<ModuleDefinition> kept = new ArrayList<>();
        for (ModuleDefinition d : defs) {
            if (d.kind() == PageKind.MODULE) {
                String slot = d.week() + "-" + d.day();
                ModuleDefinition first = byDay.putIfAbsent(slot, d);
                if (first != null) {
                    problems.add(ContentProblem.at(d.sourcePath(), 0, "content.problem.duplicate-day", d.week(), d.day(),
                            first.sourcePath()));
                    continue;
                }
            }
            kept.add(d);
        }
        return kept;
    }

    private static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
