package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.kefuacademy.assessment.domain.AssessmentEntry;
import org.kefuacademy.assessment.domain.AssessmentEntryRepository;
import org.kefuacademy.assessment.domain.QuestionBankEntry;
import org.kefuacademy.assessment.domain.QuestionBankEntryRepository;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.ContentHash;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.ContentRejectedException;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainers' side of the banks: browse and filter questions, and edit a bank's file in the
 * app. An edit is checked like a file (every problem with its line) and also against the
 * assessments that draw from the bank; a good edit becomes the bank's new current version.
 */
@Service
@Transactional
public class QuestionBankService {
    private final QuestionBankEntryRepository banks;
    private final AssessmentEntryRepository assessments;
    private final QuestionBanks questionBanks;
    private final ContentVersionService versions;
    private final CurrentUser currentUser;
    private final Clock clock;

    QuestionBankService(QuestionBankEntryRepository banks, AssessmentEntryRepository assessments,
                        QuestionBanks questionBanks, ContentVersionService versions, CurrentUser currentUser, Clock clock) {
        this.banks = banks;
        this.assessments = assessments;
        this.questionBanks = questionBanks;
        this.versions = versions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The active banks, for the browser's bank filter and list. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
    @Transactional(readOnly = true)
    public List<QuestionBank> banks() {
        return banks.findByActiveTrueOrderByBankKey().stream().map(b -> questionBanks.version(b.getCurrentVersionId())).toList();
    }

    @RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
    @Transactional(readOnly = true)
    public List<BankQuestion> search(QuestionFilter filter) {
        List<BankQuestion> found = new ArrayList<>();
        for (QuestionBank bank : banks()) {
            bank.questions().stream().map(q -> new BankQuestion(bank.id(), bank.title(), q)).filter(filter::accepts)
                    .forEach(found::add);
        }
        return found;
    }

    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public String currentText(String bankKey) {
        return versions.find(entry(bankKey).getCurrentVersionId()).orElseThrow().body();
    }

    /** The questions of an unsaved bank text, for the editor's preview (none while the text does not parse). */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public List<Question> draftQuestions(String bankKey, String text) {
        QuestionBank bank = new QuestionBankParser().parse(sourceFile(bankKey, text)).bank();
        return bank == null ? List.of() : bank.questions();
    }

    /** Checks a bank text: the file rules, and that every assessment drawing from it can still be filled. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ContentProblem> check(String bankKey, String text) {
        SourceFile file = sourceFile(bankKey, text);
        QuestionBankParser.Outcome outcome = new QuestionBankParser().parse(file);
        if (outcome.bank() == null) {
            return outcome.problems();
        }
        List<ContentProblem> problems = new ArrayList<>();
        if (!outcome.bank().id().equals(bankKey)) {
            problems.add(ContentProblem.at(file.path(), 2, "quiz.problem.bank-id-not-file", outcome.bank().id(), bankKey));
        }
        for (AssessmentEntry a : assessments.findByActiveTrueOrderByAssessmentKey()) {
            for (AssessmentDefinition.Draw draw : questionBanks.assessment(a.getCurrentVersionId()).draws()) {
                long available = outcome.bank().questions().stream().filter(draw::accepts).count();
                if (draw.bank().equals(bankKey) && available < draw.count()) {
                    problems.add(ContentProblem.at(file.path(), 0, "quiz.problem.bank-too-small", bankKey, draw.count(), available));
                }
            }
        }
        return problems;
    }

    /** Saves an edit as the bank's new current version; attempts already started keep theirs. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public StoredVersion save(String bankKey, String text) {
        QuestionBankEntry entry = entry(bankKey);
        List<ContentProblem> problems = check(bankKey, text);
        if (!problems.isEmpty()) {
            throw new ContentRejectedException(problems);
        }
        QuestionBank bank = new QuestionBankParser().parse(sourceFile(bankKey, text)).bank();
        StoredVersion version = versions.store(AssessmentContentSync.BANK_KIND, bankKey, text, StoredVersion.Origin.EDITOR,
                sourceFile(bankKey, text).path(), currentUser.accountId());
        entry.describe(bank.title(), bank.module(), bank.week(), bank.questions().size(), version.id(), entry.getFileHash(),
                clock.instant());
        return version;
    }

    /** The bank as Moodle XML (our extra fields travel as "kefu:" tags). */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
    @Transactional(readOnly = true)
    public String exportMoodleXml(String bankKey) {
        return MoodleXml.export(questionBanks.version(entry(bankKey).getCurrentVersionId()));
    }

    /** The bank as Moodle GIFT text (our extra fields travel in "// kefu:" comment lines). */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
    @Transactional(readOnly = true)
    public String exportGift(String bankKey) {
        return GiftFormat.export(questionBanks.version(entry(bankKey).getCurrentVersionId()));
    }

    /**
     * Reads GIFT or Moodle XML for this bank without saving: the questions it would add (ids that clash with the
     * bank's get fresh ones) or every problem with its line. Questions from elsewhere get the
     * bank's first competence, difficulty 2 and 1 point unless their "// kefu:" line says otherwise.
     */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public GiftFormat.Imported previewImport(String bankKey, String gift) {
        QuestionBank bank = questionBanks.version(entry(bankKey).getCurrentVersionId());
        String base = bankKey.startsWith("bank-") ? bankKey.substring(5) : bankKey;
        List<Competence> competences = bank.questions().isEmpty() ? List.of() : List.of(bank.questions().getFirst().competences().getFirst());
        GiftFormat.Defaults defaults = new GiftFormat.Defaults(base + "-i", competences, 2, 1);
        // Moodle XML starts with a tag; anything else is read as GIFT.
        GiftFormat.Imported read = gift.stripLeading().startsWith("<")
                ? MoodleXml.importText(gift, "import.xml", defaults)
                : GiftFormat.importText(gift, "import.gift", defaults);
        if (!read.problems().isEmpty()) {
            return read;
        }
        java.util.Set<String> taken = new java.util.HashSet<>(bank.questions().stream().map(Question::id).toList());
        List<Question> renamed = new ArrayList<>();
        int next = 1;
        for (Question q : read.questions()) {
            String id = q.id();
            while (taken.contains(id)) {
                id = base + "-i" + String.format("%03d", next++);
            }
            taken.add(id);
            renamed.add(new Question(id, q.type(), q.competences(), q.difficulty(), q.points(), q.topic(), q.stem(),
                    q.options(), q.truth(), q.accepted(), q.steps(), q.pairs(), q.rubric(), q.explanation(), q.line()));
        }
        return new GiftFormat.Imported(renamed, List.of());
    }

    /** Adds the GIFT or Moodle XML questions to the bank as one new version, or nothing at all. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public StoredVersion importQuestions(String bankKey, String gift) {
        GiftFormat.Imported preview = previewImport(bankKey, gift);
        if (!preview.problems().isEmpty()) {
            throw new ContentRejectedException(preview.problems());
        }
        StringBuilder text = new StringBuilder(currentText(bankKey).stripTrailing()).append('\n');
        preview.questions().forEach(q -> text.append('\n').append(BankMarkdown.question(q)));
        return save(bankKey, text.toString());
    }

    private QuestionBankEntry entry(String bankKey) {
        return banks.findById(bankKey).orElseThrow(() -> new UserFacingException("bank.not-found", bankKey));
    }

    private static SourceFile sourceFile(String bankKey, String text) {
        String base = bankKey.startsWith("bank-") ? bankKey.substring(5) : bankKey;
        return new SourceFile(AssessmentContentSync.FOLDER + "/" + base + ".md", base, ContentHash.normalise(text));
    }
}
