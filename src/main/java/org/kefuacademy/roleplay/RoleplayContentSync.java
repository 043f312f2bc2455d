package org.kefuacademy.roleplay;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.ContentSync;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.RowCatalogue;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.SyncReport;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.roleplay.domain.LexiconEntry;
import org.kefuacademy.roleplay.domain.LexiconEntryRepository;
import org.kefuacademy.roleplay.domain.ScenarioEntry;
import org.kefuacademy.roleplay.domain.ScenarioEntryRepository;
import org.kefuacademy.roleplay.engine.Scenario;
import org.kefuacademy.roleplay.engine.ScenarioParser;
import org.kefuacademy.roleplay.reply.Lexicon;
import org.kefuacademy.roleplay.reply.LexiconParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code content/lexicon/} and {@code content/scenarios/} through the shared {@link ContentSync}:
 * a rejected file changes nothing, a vanished one is retired, every run keeps the version it played.
 */
@Service
public class RoleplayContentSync {
    static final String SCENARIO_FOLDER = "scenarios";
    static final String LEXICON_FOLDER = "lexicon";
    public static final String SCENARIO_KIND = "scenario";
    public static final String LEXICON_KIND = "lexicon";
    static final String LEXICON_PREFIX = "lexicon-";
    private static final Logger log = LoggerFactory.getLogger(RoleplayContentSync.class);

    private final ContentFiles files;
    private final ScenarioEntryRepository scenarios;
    private final LexiconEntryRepository lexicons;
    private final CurrentUser currentUser;
    private final ContentSync<Scenario> scenarioSync;
    private final ContentSync<Lexicon> lexiconSync;
    private final AtomicReference<List<SyncReport>> lastReports = new AtomicReference<>(List.of());

    RoleplayContentSync(ContentFiles files, ContentVersionService versions, ScenarioEntryRepository scenarios,
                        LexiconEntryRepository lexicons, CurrentUser currentUser, Clock clock) {
        this.files = files;
        this.scenarios = scenarios;
        this.lexicons = lexicons;
        this.currentUser = currentUser;
        this.scenarioSync = new ContentSync<>(SCENARIO_KIND, SourceFile::baseName, versions, clock);
        this.lexiconSync = new ContentSync<>(LEXICON_KIND, f -> LEXICON_PREFIX + f.baseName(), versions, clock);
    }

    /** Reloads lexicons, then scenarios; returns both reports. */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public List<SyncReport> reload() {
        Long actor = currentUser.find().map(u -> u.accountId()).orElse(null);
        SyncReport lexiconReport = lexiconSync.run(files.origin(), files.list(LEXICON_FOLDER, ".md"), this::parseLexicon,
                RoleplayContentSync::oneLexiconPerCategory, new RowCatalogue<Lexicon, LexiconEntry>(lexicons, LexiconEntry::new, lexicons::findByActiveTrue,
                        (row, l, version, now) -> row.describe(l.category().id(), l.title(), l.phraseCount(), version, now)), actor);
        SyncReport scenarioReport = scenarioSync.run(files.origin(), files.list(SCENARIO_FOLDER, ".md"), this::parseScenario,
                ContentSync.CrossCheck.none(), new RowCatalogue<>(scenarios, ScenarioEntry::new, scenarios::findByActiveTrueOrderByWeekNoAscScenarioKeyAsc,
                        RoleplayContentSync::describe), actor);
        List<SyncReport> reports = List.of(lexiconReport, scenarioReport);
        lastReports.set(reports);
        for (SyncReport r : reports) {
            log.info("Role-play content loaded from {}: {} added, {} changed, {} unchanged, {} retired, {} file(s) rejected",
                    r.origin(), r.added().size(), r.changed().size(), r.unchanged().size(), r.retired().size(), r.rejectedFiles());
            r.problems().forEach(p -> log.warn("Content problem {}: {} {}", p.location(), p.messageKey(), p.arguments()));
        }
        return reports;
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER, Roles.HR})
    public List<SyncReport> lastReports() {
        return lastReports.get();
    }

    private ContentSync.Outcome<Lexicon> parseLexicon(SourceFile file) {
        LexiconParser.Outcome o = new LexiconParser().parse(file);
        String key = LEXICON_PREFIX + file.baseName();
        if (o.lexicon() != null && !o.lexicon().id().equals(key)) {
            return new ContentSync.Outcome<>(null, List.of(ContentProblem.at(file.path(), 2, "content.problem.id-not-file-name",
                    o.lexicon().id(), key)));
        }
        return new ContentSync.Outcome<>(o.lexicon() == null ? null : new ContentSync.Parsed<>(key, o.lexicon(), file), o.problems());
    }

    private ContentSync.Outcome<Scenario> parseScenario(SourceFile file) {
        ScenarioParser.Outcome o = new ScenarioParser().parse(file);
        return new ContentSync.Outcome<>(o.scenario() == null ? null
                : new ContentSync.Parsed<>(o.scenario().id(), o.scenario(), file), o.problems());
    }

    /** The analysis needs exactly one lexicon of each category. */
    private static List<ContentSync.Parsed<Lexicon>> oneLexiconPerCategory(List<ContentSync.Parsed<Lexicon>> valid,
                                                                          List<ContentProblem> problems) {
        Set<Lexicon.Category> seen = EnumSet.noneOf(Lexicon.Category.class);
        List<ContentSync.Parsed<Lexicon>> kept = new ArrayList<>();
        for (ContentSync.Parsed<Lexicon> p : valid) {
            if (!seen.add(p.item().category())) {
                problems.add(ContentProblem.at(p.source().path(), 0, "lexicon.problem.second-of-category", p.item().category().id()));
                continue;
            }
            kept.add(p);
        }
        return kept;
    }

    static String competenceIds(List<Competence> competences) {
        return competences.stream().map(Competence::id).collect(Collectors.joining(","));
    }

    static void describe(ScenarioEntry row, Scenario s, long versionId, Instant now) {
        row.describe(s.title(), s.channel().id(), s.week(), s.difficulty(), s.assessed(), s.summary(),
                competenceIds(s.competences()), (int) s.decisionCount(), versionId, now);
    }
}
