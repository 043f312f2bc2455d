package org.kefuacademy.evaluation;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kefuacademy.evaluation.domain.SurveyTemplateEntry;
import org.kefuacademy.evaluation.domain.SurveyTemplateEntryRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.ContentFolder;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.ContentSync;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.RowCatalogue;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.SyncReport;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads {@code content/surveys/} through the shared pipeline: one template per kind, every change a new version. */
@Service
public class SurveyContentSync {
    static final String FOLDER = "surveys";
    public static final String KIND = "survey";

    private final SurveyTemplateEntryRepository entries;
    private final ContentFolder<SurveyTemplate> folder;

    SurveyContentSync(ContentFiles files, SurveyTemplateEntryRepository entries, ContentVersionService versions,
                      CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.folder = new ContentFolder<>(KIND, FOLDER, files, versions, currentUser, clock);
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public SyncReport reload() {
        return folder.reload(SurveyContentSync::parse, SurveyContentSync::oneTemplatePerKind,
                new RowCatalogue<SurveyTemplate, SurveyTemplateEntry>(entries, SurveyTemplateEntry::new,
                        entries::findByActiveTrueOrderByTemplateKey, (row, t, version, now) ->
                        row.describe(t.kind().id(), t.title(), t.questions().size(), version, now)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER, Roles.HR})
    public SyncReport lastReport() {
        return folder.lastReport();
    }

    static ContentSync.Outcome<SurveyTemplate> parse(SourceFile file) {
        SurveyTemplateParser.Outcome o = new SurveyTemplateParser().parse(file);
        return new ContentSync.Outcome<>(o.template() == null ? null : new ContentSync.Parsed<>(o.template().id(), o.template(), file),
                o.problems());
    }

    /** Trainees answer "the" weekly and "the" final survey: a second file of the same kind is rejected. */
    static List<ContentSync.Parsed<SurveyTemplate>> oneTemplatePerKind(List<ContentSync.Parsed<SurveyTemplate>> valid,
                                                                      List<ContentProblem> problems) {
        Set<SurveyTemplate.Kind> seen = new HashSet<>();
        List<ContentSync.Parsed<SurveyTemplate>> kept = new ArrayList<>();
        for (ContentSync.Parsed<SurveyTemplate> p : valid) {
            if (seen.add(p.item().kind())) {
                kept.add(p);
            } else {
                problems.add(ContentProblem.at(p.source().path(), 0, "survey.problem.duplicate-kind", p.item().kind().id()));
            }
        }
        return kept;
    }
}
