package org.kefuacademy.curriculum;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kefuacademy.curriculum.domain.CurriculumModule;
import org.kefuacademy.curriculum.domain.CurriculumModuleRepository;
import org.kefuacademy.curriculum.domain.ModuleProgress;
import org.kefuacademy.curriculum.domain.ModuleProgressRepository;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.MyCohort;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.ContentRejectedException;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.RenderedDocument;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.security.KefuUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the curriculum: a trainee's plan and progress, the reader, search, and the trainers'
 * catalogue, preview and editor. Progress is always the signed-in person's own.
 */
@Service
@Transactional
public class CurriculumService {
    public static final int SEARCH_MAX_LENGTH = 50;
    static final int SEARCH_MAX_HITS = 30;

    private final CurriculumModuleRepository modules;
    private final ModuleProgressRepository progress;
    private final ContentVersionService versions;
    private final ContentFiles files;
    private final MarkdownRenderer markdown;
    private final ModuleParser parser;
    private final StoredModules stored;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessScope scope;

    CurriculumService(CurriculumModuleRepository modules, ModuleProgressRepository progress,
                      ContentVersionService versions, ContentFiles files, MarkdownRenderer markdown,
                      CohortService cohorts, CurrentUser currentUser, Clock clock, AccessScope scope) {
        this.scope = scope;
        this.modules = modules;
        this.progress = progress;
        this.versions = versions;
        this.files = files;
        this.markdown = markdown;
        this.parser = new ModuleParser(markdown);
        this.stored = new StoredModules(markdown);
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in trainee's month, or empty when they are in no cohort. */
    @RolesAllowed(Roles.TRAINEE)
    @Transactional(readOnly = true)
    public Optional<LearningPlan> myPlan() {
        Optional<MyCohort> cohort = cohorts.mine().stream().filter(c -> !c.asTrainer()).findFirst();
        if (cohort.isEmpty()) {
            return Optional.empty();
        }
        TrainingCalendar calendar = cohort.get().cohort().calendar();
        LocalDate today = LocalDate.now(clock);
        Map<String, ModuleProgress> mine = myProgressByKey();
        List<PlanDay> days = new ArrayList<>();
        for (CurriculumModule m : modules.findActive(PageKind.MODULE.id())) {
            LocalDate date = calendar.dateOf(m.getWeekNo(), m.getDayNo());
            ModuleProgress p = mine.get(m.getContentKey());
            boolean done = p != null && p.getCompletedAt() != null;
            PlanDay.Status status = done ? PlanDay.Status.DONE
                    : date.equals(today) ? PlanDay.Status.TODAY
                    : date.isBefore(today) ? PlanDay.Status.BEHIND : PlanDay.Status.UPCOMING;
            days.add(new PlanDay(summary(m), date, status, p == null ? 0 : p.getSecondsSpent()));
        }
        return Optional.of(new LearningPlan(cohort.get().cohort().name(), cohort.get().cohort().startDate(), days));
    }

    /** Reference pages (polite phrases, processes, ...) for everyone signed in. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ModuleSummary> references() {
        return modules.findActive(PageKind.REFERENCE.id()).stream().map(CurriculumService::summary).toList();
    }

    /** Opens the current version of a page; a trainee's opening is recorded against that version. */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public ModulePage open(String key) {
        CurriculumModule module = modules.findById(key).filter(CurriculumModule::isActive)
                .orElseThrow(() -> new UserFacingException("module.not-found", key));
        StoredVersion version = version(module.getCurrentVersionId());
        KefuUser me = currentUser.require();
        ModuleProgress mine = null;
        if (me.hasRole(Role.TRAINEE)) {
            mine = progress.findByAccountIdAndContentKey(me.accountId(), key)
                    .orElseGet(() -> new ModuleProgress(me.accountId(), key, version.id(), clock.instant()));
            mine.opened(version.id(), clock.instant());
            progress.save(mine);
        }
        return page(module, version, mine);
    }

    /** Any version of a page, as trainers and HR review it; records nothing. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
    @Transactional(readOnly = true)
    public ModulePage preview(String key, int versionNo) {
        CurriculumModule module = modules.findById(key).orElseThrow(() -> new UserFacingException("module.not-found", key));
        StoredVersion version = versions.history(CurriculumSync.KIND, key).stream()
                .filter(v -> v.versionNo() == versionNo).findFirst()
                .orElseThrow(() -> new UserFacingException("module.version-not-found", key, versionNo));
        ModuleDefinition def = parseStored(version).orElse(null);
        ModuleSummary summary = def == null ? summary(module) : summaryOf(def, module.isActive(), version.id());
        return new ModulePage(summary, version.id(), version.versionNo(), def == null ? List.of() : def.objectives(),
                render(def == null ? "" : def.body(), version.hash()), null, false, null, null);
    }

    @RolesAllowed(Roles.TRAINEE)
    public void complete(String key) {
        CurriculumModule module = modules.findById(key).filter(CurriculumModule::isActive)
                .orElseThrow(() -> new UserFacingException("module.not-found", key));
        long me = currentUser.accountId();
        ModuleProgress mine = progress.findByAccountIdAndContentKey(me, key)
                .orElseGet(() -> new ModuleProgress(me, key, module.getCurrentVersionId(), clock.instant()));
        mine.complete(mine.getLastVersionId(), clock.instant());
        progress.save(mine);
    }

    /** Reading time since the last report (capped) and the last section reached. */
    @RolesAllowed(Roles.TRAINEE)
    public void recordReading(String key, int seconds, String anchor) {
        progress.findByAccountIdAndContentKey(currentUser.accountId(), key).ifPresent(p -> {
            p.addSeconds(seconds);
            if (anchor != null && anchor.matches("sec-\\d{1,4}")) {
                p.reachedAnchor(anchor);
            }
        });
    }

    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SearchHit> search(String phrase) {
        String q = phrase == null ? "" : phrase.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.length() > SEARCH_MAX_LENGTH) {
            throw new UserFacingException("search.too-long", SEARCH_MAX_LENGTH);
        }
        String like = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return modules.search(like, PageRequest.of(0, SEARCH_MAX_HITS)).stream()
                .map(m -> new SearchHit(summary(m), Snippets.around(version(m.getCurrentVersionId()).body(), q)))
                .toList();
    }

    /** Every page, active or retired, for the trainers' list. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
    @Transactional(readOnly = true)
    public List<ModuleSummary> catalogue() {
        return modules.findAllOrdered(PageRequest.of(0, 500)).stream().map(CurriculumService::summary).toList();
    }

    @RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
    @Transactional(readOnly = true)
    public List<StoredVersion> history(String key) {
        return versions.history(CurriculumSync.KIND, key);
    }

    /** The current text of a page (front matter and body), for the editor and for export. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public String currentText(String key) {
        CurriculumModule module = modules.findById(key).orElseThrow(() -> new UserFacingException("module.not-found", key));
        return version(module.getCurrentVersionId()).body();
    }

    /** Checks an edit without saving it; the problems, if any, name their lines. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ModuleParser.Outcome check(String key, String text) {
        return parser.parse(new SourceFile(CurriculumSync.FOLDER + "/" + key + ".md", key, text),
                path -> files.exists(CurriculumSync.FOLDER, path));
    }

    /** Saves an edit as a new version that becomes current; a rejected edit saves nothing. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public StoredVersion saveEdit(String key, String text) {
        CurriculumModule module = modules.findById(key).orElseThrow(() -> new UserFacingException("module.not-found", key));
        ModuleParser.Outcome outcome = check(key, text);
        if (outcome.definition() == null) {
            throw new ContentRejectedException(outcome.problems());
        }
        ModuleDefinition def = outcome.definition();
        if (def.kind() == PageKind.MODULE && modules.findActive(PageKind.MODULE.id()).stream()
                .anyMatch(m -> !m.getContentKey().equals(key) && def.week().equals(m.getWeekNo()) && def.day().equals(m.getDayNo()))) {
            throw new UserFacingException("module.day-taken", def.week(), def.day());
        }
        StoredVersion version = versions.store(CurriculumSync.KIND, key, text, StoredVersion.Origin.EDITOR,
                CurriculumSync.FOLDER + "/" + key + ".md", currentUser.accountId());
        CurriculumSync.describe(module, def, version.id(), clock.instant());
        return version;
    }

    /** Renders unsaved text, for the editor's live preview. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public RenderedDocument renderDraft(String body) {
        return markdown.renderUncached(body, CurriculumService::linkTarget);
    }

    /** How far a person has read: modules completed, and time spent (HR anyone; a trainer their cohorts' trainees). */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ReadingProgress progressOf(long accountId) {
        scope.requireReadable(accountId);
        List<ModuleProgress> rows = progress.findByAccountId(accountId);
        long modulesInUse = modules.findActive(PageKind.MODULE.id()).size();
        int completed = (int) rows.stream().filter(p -> p.getCompletedAt() != null).count();
        long seconds = rows.stream().mapToLong(ModuleProgress::getSecondsSpent).sum();
        return new ReadingProgress(completed, (int) modulesInUse, seconds);
    }

    /** Carries over reading records from elsewhere (the demo data, a previous system). */
    @RolesAllowed(Roles.ADMIN)
    public void importProgress(long accountId, String key, Instant completedAt, int secondsSpent) {
        CurriculumModule module = modules.findById(key).orElseThrow(() -> new UserFacingException("module.not-found", key));
        ModuleProgress p = progress.findByAccountIdAndContentKey(accountId, key)
                .orElseGet(() -> new ModuleProgress(accountId, key, module.getCurrentVersionId(), completedAt));
        p.importSeconds(secondsSpent);
        p.complete(module.getCurrentVersionId(), completedAt);
        progress.save(p);
    }

    private ModulePage page(CurriculumModule module, StoredVersion version, ModuleProgress mine) {
        ModuleDefinition def = parseStored(version).orElseThrow(
                () -> new UserFacingException("module.not-found", module.getContentKey()));
        List<CurriculumModule> sequence = modules.findActive(module.getPageKind());
        int index = sequence.stream().map(CurriculumModule::getContentKey).toList().indexOf(module.getContentKey());
        String previous = index > 0 ? sequence.get(index - 1).getContentKey() : null;
        String next = index >= 0 && index < sequence.size() - 1 ? sequence.get(index + 1).getContentKey() : null;
        return new ModulePage(summaryOf(def, module.isActive(), version.id()), version.id(), version.versionNo(),
                def.objectives(), render(def.body(), version.hash()), mine == null ? null : mine.getLastAnchor(),
                mine != null && mine.getCompletedAt() != null, previous, next);
    }

    private RenderedDocument render(String body, String hash) {
        return markdown.render(body, CurriculumService::linkTarget, hash);
    }

    /** A link to another page file goes to that page in the reader; an image to the asset route. */
    static String linkTarget(String href) {
        String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String anchor = href.contains("#") ? href.substring(href.indexOf('#')) : "";
        if (path.endsWith(".md")) {
            return "learn/" + path.substring(0, path.length() - 3) + anchor;
        }
        return "content-assets/" + CurriculumSync.FOLDER + "/" + path;
    }

    private Optional<ModuleDefinition> parseStored(StoredVersion version) {
        return stored.definition(version);
    }

    private StoredVersion version(long id) {
        return versions.find(id).orElseThrow(() -> new IllegalStateException("content version " + id + " missing"));
    }

    private Map<String, ModuleProgress> myProgressByKey() {
        return progress.findByAccountId(currentUser.accountId()).stream()
                .collect(Collectors.toMap(ModuleProgress::getContentKey, Function.identity()));
    }

    static ModuleSummary summary(CurriculumModule m) {
        List<Competence> competences = Arrays.stream(m.getCompetences().split(","))
                .map(Competence::byId).flatMap(Optional::stream).toList();
        return new ModuleSummary(m.getContentKey(), PageKind.valueOf(m.getPageKind().toUpperCase()), m.getWeekNo(),
                m.getDayNo(), m.getTitle(), m.getSummary(), m.getMinutes(), competences, m.isActive(),
                m.getCurrentVersionId());
    }

    private static ModuleSummary summaryOf(ModuleDefinition d, boolean active, long versionId) {
        return new ModuleSummary(d.key(), d.kind(), d.week(), d.day(), d.title(), d.summary(), d.minutes(),
                d.competences(), active, versionId);
    }
}
