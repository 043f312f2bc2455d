package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.kefuacademy.assessment.domain.AssessmentEntry;
import org.kefuacademy.assessment.domain.AssessmentEntryRepository;
import org.kefuacademy.assessment.domain.QuestionBankEntry;
import org.kefuacademy.assessment.domain.QuestionBankEntryRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.ContentSync;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.content.SyncReport;
import org.kefuacademy.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code content/quizzes/}: question banks first, then assessment definitions, whose
 * draws must name a loaded bank holding enough questions of the requested types.
 */
@Service
public class AssessmentContentSync {
    static final String FOLDER = "quizzes";
    public static final String BANK_KIND = "question-bank";
    public static final String ASSESSMENT_KIND = "assessment";
    private static final String ASSESSMENT_PREFIX = "assessment-";
    private static final Logger log = LoggerFactory.getLogger(AssessmentContentSync.class);

    private final ContentFiles files;
    private final QuestionBankEntryRepository banks;
    private final AssessmentEntryRepository assessments;
    private final QuestionBanks questionBanks;
    private final CurrentUser currentUser;
    private final ContentSync<QuestionBank> bankSync;
    private final ContentSync<AssessmentDefinition> assessmentSync;
    private final AtomicReference<List<SyncReport>> lastReports = new AtomicReference<>(List.of());

    AssessmentContentSync(ContentFiles files, ContentVersionService versions, QuestionBankEntryRepository banks,
                          AssessmentEntryRepository assessments, QuestionBanks questionBanks, CurrentUser currentUser,
                          Clock clock) {
        this.files = files;
        this.banks = banks;
        this.assessments = assessments;
        this.questionBanks = questionBanks;
        this.currentUser = currentUser;
        this.bankSync = new ContentSync<>(BANK_KIND, AssessmentContentSync::bankKey, versions, clock);
        this.assessmentSync = new ContentSync<>(ASSESSMENT_KIND, SourceFile::baseName, versions, clock);
    }

    /** Reloads banks and assessments; returns the two reports (banks, then assessments). */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public List<SyncReport> reload() {
        List<SourceFile> all = files.list(FOLDER, ".md");
        Long actor = currentUser.find().map(u -> u.accountId()).orElse(null);
        SyncReport bankReport = bankSync.run(files.origin(),
                all.stream().filter(f -> !f.baseName().startsWith(ASSESSMENT_PREFIX)).toList(),
                this::parseBank, AssessmentContentSync::uniqueQuestionIds, new BankCatalogue(), actor);
        SyncReport assessmentReport = assessmentSync.run(files.origin(),
                all.stream().filter(f -> f.baseName().startsWith(ASSESSMENT_PREFIX)).toList(),
                this::parseAssessment, this::drawsCanBeFilled, new AssessmentCatalogue(), actor);
        List<SyncReport> reports = List.of(bankReport, assessmentReport);
        lastReports.set(reports);
        for (SyncReport r : reports) {
            log.info("Quizzes loaded from {}: {} added, {} changed, {} unchanged, {} retired, {} file(s) rejected",
                    r.origin(), r.added().size(), r.changed().size(), r.unchanged().size(), r.retired().size(),
                    r.rejectedFiles());
            r.problems().forEach(p -> log.warn("Content problem {}: {} {}", p.location(), p.messageKey(), p.arguments()));
        }
        return reports;
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER, Roles.HR})
    public List<SyncReport> lastReports() {
        return lastReports.get();
    }

    /** A bank file {@code w1d1.md} holds the bank {@code bank-w1d1}. */
    static String bankKey(SourceFile file) {
        return "bank-" + file.baseName();
    }

    private ContentSync.Outcome<QuestionBank> parseBank(SourceFile file) {
        QuestionBankParser.Outcome o = new QuestionBankParser().parse(file);
        if (o.bank() != null && !o.bank().id().equals(bankKey(file))) {
            return new ContentSync.Outcome<>(null, List.of(ContentProblem.at(file.path(), 2, "quiz.problem.bank-id-not-file",
                    o.bank().id(), bankKey(file))));
        }
        return new ContentSync.Outcome<>(o.bank() == null ? null : new ContentSync.Parsed<>(o.bank().id(), o.bank(), file),
                o.problems());
    }

    private ContentSync.Outcome<AssessmentDefinition> parseAssessment(SourceFile file) {
        AssessmentDefinitionParser.Outcome o = new AssessmentDefinitionParser().parse(file);
        if (o.definition() != null && !o.definition().id().equals(file.baseName())) {
            return new ContentSync.Outcome<>(null, List.of(ContentProblem.at(file.path(), 2,
                    "content.problem.id-not-file-name", o.definition().id(), file.baseName())));
        }
        return new ContentSync.Outcome<>(o.definition() == null ? null
                : new ContentSync.Parsed<>(o.definition().id(), o.definition(), file), o.problems());
    }

    /** A question id may appear in one bank only: attempts and statistics refer to it. */
    private static List<ContentSync.Parsed<QuestionBank>> uniqueQuestionIds(List<ContentSync.Parsed<QuestionBank>> valid,
                                                                          List<ContentProblem> problems) {
        Map<String, String> owner = new HashMap<>();
        List<ContentSync.Parsed<QuestionBank>> kept = new ArrayList<>();
        for (ContentSync.Parsed<QuestionBank> p : valid) {
            Optional<Question> clash = p.item().questions().stream()
                    .filter(q -> owner.containsKey(q.id()) && !owner.get(q.id()).equals(p.item().id())).findFirst();
            if (clash.isPresent()) {
                problems.add(ContentProblem.at(p.source().path(), clash.get().line(), "quiz.problem.id-in-other-bank",
                        clash.get().id(), owner.get(clash.get().id())));
                continue;
            }
            p.item().questions().forEach(q -> owner.put(q.id(), p.item().id()));
            kept.add(p);
        }
        return kept;
    }

    /** Every draw must name an active bank with enough questions of its types and topic. */
    private List<ContentSync.Parsed<AssessmentDefinition>> drawsCanBeFilled(
            List<ContentSync.Parsed<AssessmentDefinition>> valid, List<ContentProblem> problems) {
        List<ContentSync.Parsed<AssessmentDefinition>> kept = new ArrayList<>();
        for (ContentSync.Parsed<AssessmentDefinition> p : valid) {
            List<ContentProblem> found = DrawCheck.problems(p.item(), p.source().path(), this::activeBank);
            problems.addAll(found);
            if (found.isEmpty()) {
                kept.add(p);
            }
        }
        return kept;
    }

    Optional<QuestionBank> activeBank(String key) {
        return banks.findById(key).filter(QuestionBankEntry::isActive).map(b -> questionBanks.version(b.getCurrentVersionId()));
    }

    static void describe(AssessmentEntry row, AssessmentDefinition d, long versionId, String fileHash, Instant now) {
        row.describe(d.title(), d.week(), d.opens().id(), d.timeLimitMinutes(), d.passMark(), d.attempts(),
                d.questionCount(), versionId, fileHash, now);
    }

    private final class BankCatalogue implements ContentSync.Catalogue<QuestionBank> {
        @Override
        public Optional<String> activeFileHash(String key) {
            return banks.findById(key).filter(QuestionBankEntry::isActive).map(QuestionBankEntry::getFileHash);
        }

        @Override
        public boolean known(String key) {
            return banks.existsById(key);
        }

        @Override
        public void store(ContentSync.Parsed<QuestionBank> parsed, StoredVersion version, String fileHash, Instant now) {
            QuestionBankEntry row = banks.findById(parsed.key()).orElseGet(() -> new QuestionBankEntry(parsed.key()));
            QuestionBank b = parsed.item();
            row.describe(b.title(), b.module(), b.week(), b.questions().size(), version.id(), fileHash, now);
            banks.save(row);
        }

        @Override
        public List<String> activeKeys() {
            return banks.findByActiveTrueOrderByBankKey().stream().map(QuestionBankEntry::getBankKey).toList();
        }

        @Override
        public void retire(String key, Instant now) {
            banks.findById(key).ifPresent(row -> row.retire(now));
        }
    }

    private final class AssessmentCatalogue implements ContentSync.Catalogue<AssessmentDefinition> {
        @Override
        public Optional<String> activeFileHash(String key) {
            return assessments.findById(key).filter(AssessmentEntry::isActive).map(AssessmentEntry::getFileHash);
        }

        @Override
        public boolean known(String key) {
            return assessments.existsById(key);
        }

        @Override
        public void store(ContentSync.Parsed<AssessmentDefinition> parsed, StoredVersion version, String fileHash,
                          Instant now) {
            AssessmentEntry row = assessments.findById(parsed.key()).orElseGet(() -> new AssessmentEntry(parsed.key()));
            describe(row, parsed.item(), version.id(), fileHash, now);
            assessments.save(row);
        }

        @Override
        public List<String> activeKeys() {
            return assessments.findByActiveTrueOrderByAssessmentKey().stream().map(AssessmentEntry::getAssessmentKey).toList();
        }

        @Override
        public void retire(String key, Instant now) {
            assessments.findById(key).ifPresent(row -> row.retire(now));
        }
    }
}
