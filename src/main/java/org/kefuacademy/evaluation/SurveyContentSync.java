package org.kefuacademy.evaluation;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.kefuacademy.evaluation.domain.SurveyTemplateEntry;
import org.kefuacademy.evaluation.domain.SurveyTemplateEntryRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.ContentProblem;
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

/** Loads {@code content/surveys/} through the shared pipeline: one template per kind, every change a new version. */
@Service
public class SurveyContentSync {
    static final String FOLDER = "surveys";
    public static final String KIND = "survey";
    private static final Logger log = LoggerFactory.getLogger(SurveyContentSync.class);

    private final ContentFiles files;
    private final SurveyTemplateEntryRepository entries;
    private final CurrentUser currentUser;
    private final ContentSync<SurveyTemplate> sync;
    private final AtomicReference<SyncReport> lastReport = new AtomicReference<>(SyncReport.none());

    SurveyContentSync(ContentFiles files, SurveyTemplateEntryRepository entries, ContentVersionService versions,
                      CurrentUser currentUser, Clock clock) {
        this.files = files;
        this.entries = entries;
        this.currentUser = currentUser;
        this.sync = new ContentSync<>(KIND, SourceFile::baseName, versions, clock);
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public SyncReport reload() {
        SyncReport report = sync.run(files.origin(), files.list(FOLDER, ".md"), SurveyContentSync::parse,
                SurveyContentSync::oneTemplatePerKind,
                new RowCatalogue<SurveyTemplate, SurveyTemplateEntry>(entries, SurveyTemplateEntry::new,
                        entries::findByActiveTrueOrderByTemplateKey, (row, t, version, now) ->
                        row.describe(t.kind().id(), t.title(), t.questions().size(), version, now)),
                currentUser.find().map(u -> u.accountId()).orElse(null));
        lastReport.set(report);
        report.problems().forEach(p -> log.warn("Content problem {}: {} {}", p.location(), p.messageKey(), p.arguments()));
        return report;
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER, Roles.HR})
    public SyncReport lastReport() {
        return lastReport.get();
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
