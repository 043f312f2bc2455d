package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kefuacademy.assessment.domain.AssessmentEntry;
import org.kefuacademy.assessment.domain.AssessmentEntryRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.ContentRejectedException;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers edit an assessment definition in the app: checked as typed (the file rules, and that every
 * draw can be filled from the active banks), saved as a new version. Attempts already started keep
 * the version they were drawn from.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentAuthoring {
    private final AssessmentEntryRepository assessments;
    private final AssessmentContentSync sync;
    private final ContentVersionService versions;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssessmentAuthoring(AssessmentEntryRepository assessments, AssessmentContentSync sync, ContentVersionService versions,
                        CurrentUser currentUser, Clock clock) {
        this.assessments = assessments;
        this.sync = sync;
        this.versions = versions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Key → title of the assessments in use. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
    public Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        assessments.findByActiveTrueOrderByAssessmentKey().forEach(a -> titles.put(a.getAssessmentKey(), a.getTitle()));
        return titles;
    }

    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public String currentText(String key) {
        return versions.find(entry(key).getCurrentVersionId()).orElseThrow().body();
    }

    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public List<ContentProblem> check(String key, String text) {
        SourceFile file = new SourceFile(AssessmentContentSync.FOLDER + "/" + key + ".md", key, text == null ? "" : text);
        AssessmentDefinitionParser.Outcome outcome = new AssessmentDefinitionParser().parse(file);
        if (outcome.definition() == null) {
            return outcome.problems();
        }
        List<ContentProblem> problems = new ArrayList<>();
        if (!outcome.definition().id().equals(key)) {
            problems.add(ContentProblem.at(file.path(), 2, "content.problem.id-not-file-name", outcome.definition().id(), key));
        }
        problems.addAll(DrawCheck.problems(outcome.definition(), file.path(), sync::activeBank));
        return problems;
    }

    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional
    public StoredVersion save(String key, String text) {
        AssessmentEntry row = entry(key);
        List<ContentProblem> problems = check(key, text);
        if (!problems.isEmpty()) {
            throw new ContentRejectedException(problems);
        }
        AssessmentDefinition def = new AssessmentDefinitionParser()
                .parse(new SourceFile(AssessmentContentSync.FOLDER + "/" + key + ".md", key, text)).definition();
        StoredVersion version = versions.store(AssessmentContentSync.ASSESSMENT_KIND, key, text, StoredVersion.Origin.EDITOR,
                AssessmentContentSync.FOLDER + "/" + key + ".md", currentUser.accountId());
        AssessmentContentSync.describe(row, def, version.id(), null, clock.instant());
        return version;
    }

    private AssessmentEntry entry(String key) {
        return assessments.findById(key).orElseThrow(() -> new UserFacingException("assessment.not-found", key));
    }
}
