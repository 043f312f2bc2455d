package org.kefuacademy.observation;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kefuacademy.observation.domain.ChecklistEntry;
import org.kefuacademy.observation.domain.ChecklistEntryRepository;
import org.kefuacademy.observation.domain.Observation;
import org.kefuacademy.observation.domain.ObservationItem;
import org.kefuacademy.observation.domain.ObservationItemRepository;
import org.kefuacademy.observation.domain.ObservationRepository;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers record what they observed: every item of a checklist scored (0 to its maximum) with an
 * optional comment, stored against the checklist version used, and published as evidence. A trainee
 * may read her own observations; a trainer observes and reads only the trainees of cohorts they
 * train; HR and administrators read anyone's.
 */
@Service
@Transactional
public class ObservationService {
    private final ChecklistEntryRepository checklists;
    private final ObservationRepository observations;
    private final ObservationItemRepository items;
    private final ContentVersionService versions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessScope scope;
    private final Map<Long, Checklist> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    ObservationService(ChecklistEntryRepository checklists, ObservationRepository observations, ObservationItemRepository items,
                       ContentVersionService versions, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                       AccessScope scope) {
        this.scope = scope;
        this.checklists = checklists;
        this.observations = observations;
        this.items = items;
        this.versions = versions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The checklists in use (trainees see them too: they are what they will be observed against). */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Checklist> checklists() {
        return checklists.findByActiveTrueOrderByCategoryAscChecklistKeyAsc().stream().map(e -> parse(e.getCurrentVersionId())).toList();
    }

    /**
     * Records an observation of {@code traineeId}: {@code scores} maps every item number to its points;
     * {@code comments} is optional per item. Nothing is stored unless every item is scored within range.
     */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public long record(long traineeId, String checklistKey, Map<Integer, Integer> givenScores, Map<Integer, String> givenComments,
                       String comment) {
        Map<Integer, Integer> scores = givenScores == null ? Map.of() : givenScores;
        Map<Integer, String> comments = givenComments == null ? Map.of() : givenComments;
        scope.requireReadable(traineeId);
        ChecklistEntry entry = checklists.findById(checklistKey).filter(ChecklistEntry::isActive)
                .orElseThrow(() -> new UserFacingException("observation.not-found", checklistKey));
        Checklist checklist = parse(entry.getCurrentVersionId());
        int earned = 0;
        for (Checklist.Item item : checklist.items()) {
            Integer score = scores.get(item.no());
            if (score == null) {
                throw new UserFacingException("observation.item-missing", item.no(), item.text());
            }
            if (score < 0 || score > item.max()) {
                throw new UserFacingException("observation.item-range", item.no(), item.max());
            }
            Fields.optional(comments.get(item.no()), ObservationItem.MAX_COMMENT_LENGTH, "observation.comment-too-long");
            earned += score;
        }
        String overall = Fields.optional(comment, Observation.MAX_COMMENT_LENGTH, "observation.comment-too-long");
        Instant now = clock.instant();
        Observation saved = observations.save(new Observation(traineeId, checklistKey, entry.getCurrentVersionId(),
                checklist.category().id(), currentUser.accountId(), now, overall,
                earned, checklist.maxPoints()));
        for (Checklist.Item item : checklist.items()) {
            items.save(new ObservationItem(saved.getId(), item.no(), scores.get(item.no()), item.max(),
                    Fields.optional(comments.get(item.no()), ObservationItem.MAX_COMMENT_LENGTH, "observation.comment-too-long")));
            events.publishEvent(new ObservationItemScored(saved.getId(), item.no(), traineeId, checklistKey, item.text(),
                    item.competences(), scores.get(item.no()), item.max(), now));
        }
        events.publishEvent(new ObservationRecorded(saved.getId(), traineeId, checklistKey, checklist.category(),
                saved.getScorePercent(), now));
        return saved.getId();
    }

    /** A person's observations, newest first (own; a trainer their cohorts' trainees'; HR anyone's). */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ObservationSummary> of(long accountId) {
        scope.requireReadable(accountId);
        return observations.findByAccountIdOrderByObservedAtDesc(accountId).stream().map(this::summary).toList();
    }

    /** The latest observation of each checklist for a person (what the final assessment counts). */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ObservationSummary> latestPerChecklist(long accountId) {
        java.util.Map<String, ObservationSummary> latest = new java.util.LinkedHashMap<>();
        of(accountId).forEach(o -> latest.putIfAbsent(o.checklistKey(), o));
        return List.copyOf(latest.values());
    }

    private ObservationSummary summary(Observation o) {
        Checklist c = parse(o.getChecklistVersionId());
        return new ObservationSummary(o.getId(), o.getAccountId(), o.getChecklistKey(), c.title(), c.category(), o.getObserverId(),
                o.getObservedAt(), o.getEarned(), o.getPossible(), o.getScorePercent(), o.getCommentText());
    }

    /** A stored version parsed once and kept: versions never change, so the cache is never stale. */
    private Checklist parse(long versionId) {
        return parsed.computeIfAbsent(versionId, id -> versions.find(id).map(v -> new ChecklistParser()
                        .parse(new SourceFile(ObservationContentSync.FOLDER + "/" + v.key() + ".md", v.key(), v.body())).checklist())
                .orElseThrow(() -> new IllegalStateException("checklist version " + id + " missing")));
    }
}
