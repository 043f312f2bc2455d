package org.kefuacademy.roleplay;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.ContentRejectedException;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.roleplay.domain.ScenarioEntry;
import org.kefuacademy.roleplay.domain.ScenarioEntryRepository;
import org.kefuacademy.roleplay.engine.Node;
import org.kefuacademy.roleplay.engine.Scenario;
import org.kefuacademy.roleplay.engine.ScenarioExplorer;
import org.kefuacademy.roleplay.engine.ScenarioParser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers' authoring of scenarios in the app: the list, the current text, a check as they type
 * (problems with lines, endings play can never reach, the graph), saving as a new version, history.
 */
@Service
@Transactional(readOnly = true)
public class ScenarioAuthoring {
    /** A new scenario's id: it becomes a file name and part of the editor's address. */
    static final int KEY_MAX_LENGTH = 100;
    private static final Pattern NEW_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (KEY_MAX_LENGTH - 1) + "}");

    private final ScenarioEntryRepository catalogue;
    private final ContentVersionService versions;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScenarioAuthoring(ScenarioEntryRepository catalogue, ContentVersionService versions, CurrentUser currentUser, Clock clock) {
        this.catalogue = catalogue;
        this.versions = versions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public List<ScenarioRow> list() {
        return catalogue.findAllByOrderByWeekNoAscScenarioKeyAsc().stream().map(e -> new ScenarioRow(e.getScenarioKey(),
                e.getTitle(), e.getChannel(), e.getWeekNo(), e.isAssessed(), e.getDecisionCount(), e.isActive(),
                e.getUpdatedAt(), e.getFileHash() == null)).toList();
    }

    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public String currentText(String key) {
        return versions.find(entry(key).getCurrentVersionId()).orElseThrow().body();
    }

    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public List<StoredVersion> history(String key) {
        entry(key);
        return versions.history(RoleplayContentSync.SCENARIO_KIND, key);
    }

    /** The text of any version of a scenario (for export and play-testing an older one). */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public String versionText(String key, long versionId) {
        StoredVersion v = versions.find(versionId).filter(x -> x.kind().equals(RoleplayContentSync.SCENARIO_KIND) && x.key().equals(key))
                .orElseThrow(() -> new UserFacingException("roleplay.scenario-not-found", key));
        return v.body();
    }

    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public ScenarioCheck check(String key, String text) {
        ScenarioParser.Outcome outcome = new ScenarioParser().parse(source(key, text));
        Scenario s = outcome.scenario();
        if (s == null) {
            return new ScenarioCheck(outcome.problems(), 0, 0, 0, 0, Set.of(), "");
        }
        ScenarioExplorer.Report play = new ScenarioExplorer().explore(s);
        int replies = (int) s.nodes().values().stream().filter(n -> n.kind() == Node.Kind.REPLY).count();
        return new ScenarioCheck(List.of(), s.nodes().size(), (int) s.decisionCount(), replies, s.endings().size(),
                play.unreachedEndings(), ScenarioDiagram.of(s));
    }

    /** Saves the text as the scenario's new current version; runs already started keep theirs. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional
    public StoredVersion save(String key, String text) {
        ScenarioEntry row = entry(key);
        ScenarioParser.Outcome outcome = new ScenarioParser().parse(source(key, text));
        if (outcome.scenario() == null) {
            throw new ContentRejectedException(outcome.problems());
        }
        StoredVersion version = versions.store(RoleplayContentSync.SCENARIO_KIND, key, text, StoredVersion.Origin.EDITOR,
                RoleplayContentSync.SCENARIO_FOLDER + "/" + key + ".md", currentUser.accountId());
        RoleplayContentSync.describe(row, outcome.scenario(), version.id(), clock.instant());
        row.fileSynced(null);
        return version;
    }

    /** Creates a new scenario from a valid text whose id is not taken yet. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional
    public StoredVersion create(String key, String text) {
        if (key == null || !NEW_KEY.matcher(key).matches() || "new".equals(key)) {
            throw new UserFacingException("roleplay.scenario-key-invalid", KEY_MAX_LENGTH);
        }
        if (catalogue.existsById(key)) {
            throw new UserFacingException("roleplay.scenario-exists", key);
        }
        ScenarioParser.Outcome outcome = new ScenarioParser().parse(source(key, text));
        if (outcome.scenario() == null) {
            throw new ContentRejectedException(outcome.problems());
        }
        StoredVersion version = versions.store(RoleplayContentSync.SCENARIO_KIND, key, text, StoredVersion.Origin.EDITOR,
                RoleplayContentSync.SCENARIO_FOLDER + "/" + key + ".md", currentUser.accountId());
        ScenarioEntry row = new ScenarioEntry(key);
        RoleplayContentSync.describe(row, outcome.scenario(), version.id(), clock.instant());
        catalogue.save(row);
        return version;
    }

    private ScenarioEntry entry(String key) {
        return catalogue.findById(key).orElseThrow(() -> new UserFacingException("roleplay.scenario-not-found", key));
    }

    private static SourceFile source(String key, String text) {
        return new SourceFile(RoleplayContentSync.SCENARIO_FOLDER + "/" + key + ".md", key, text == null ? "" : text);
    }
}
