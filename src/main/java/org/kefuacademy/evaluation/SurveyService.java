package org.kefuacademy.evaluation;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kefuacademy.evaluation.domain.SurveyAnswer;
import org.kefuacademy.evaluation.domain.SurveyAnswerRepository;
import org.kefuacademy.evaluation.domain.SurveyResponse;
import org.kefuacademy.evaluation.domain.SurveyResponseRepository;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.MyCohort;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainees answer the feedback surveys of their own cohort: each week's once it has started, the final
 * one from week 4; a response can be changed until its window closes, then it is locked. Every answer
 * is validated before anything is stored.
 */
@Service
@Transactional
public class SurveyService {
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final SurveyTemplates templates;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final Clock clock;

    SurveyService(SurveyResponseRepository responses, SurveyAnswerRepository answers, SurveyTemplates templates,
                  CohortService cohorts, CurrentUser currentUser, Clock clock) {
        this.responses = responses;
        this.answers = answers;
        this.templates = templates;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in trainee's surveys in her cohort: weeks 1–4 and the final one (empty without a cohort). */
    @RolesAllowed(Roles.TRAINEE)
    @Transactional(readOnly = true)
    public List<SurveySlot> mine() {
        Optional<CohortSummary> cohort = myCohort();
        if (cohort.isEmpty()) {
            return List.of();
        }
        Map<Integer, SurveyResponse> given = responses.findByAccountIdAndCohortIdOrderByWeekNo(currentUser.accountId(), cohort.get().id())
                .stream().collect(Collectors.toMap(SurveyResponse::getWeekNo, Function.identity()));
        List<SurveySlot> slots = new ArrayList<>();
        for (int week : SurveyWindow.all()) {
            slots.add(slot(cohort.get(), week, given.get(week)));
        }
        return slots;
    }

    /** One survey to fill in, change or read back. */
    @RolesAllowed(Roles.TRAINEE)
    @Transactional(readOnly = true)
    public SurveySheet sheet(int week) {
        CohortSummary cohort = requireOpenedWeek(week);
        Optional<SurveyResponse> given = responses.findByAccountIdAndCohortIdAndWeekNo(currentUser.accountId(), cohort.id(), week);
        SurveySlot slot = slot(cohort, week, given.orElse(null));
        if (given.isPresent()) {
            Map<Integer, Integer> scores = new HashMap<>();
            Map<Integer, String> texts = new HashMap<>();
            for (SurveyAnswer a : answers.findByResponseIdOrderByQuestionNo(given.get().getId())) {
                if (a.getScore() != null) {
                    scores.put(a.getQuestionNo(), a.getScore());
                }
                if (a.getAnswerText() != null) {
                    texts.put(a.getQuestionNo(), a.getAnswerText());
                }
            }
            long version = given.get().getTemplateVersionId();
            return new SurveySheet(slot, version, templates.version(version), scores, texts);
        }
        if (!slot.editable()) {
            throw new UserFacingException("survey.locked", slot.editableUntil());
        }
        SurveyTemplates.Current current = currentTemplate(week);
        return new SurveySheet(slot, current.versionId(), current.template(), Map.of(), Map.of());
    }

    /**
     * Stores (or replaces) the trainee's answers to a survey of her cohort. {@code templateVersionId} is the
     * version her form showed; every required question must be answered and nothing is stored otherwise.
     */
    @RolesAllowed(Roles.TRAINEE)
    public SurveySlot submit(int week, long templateVersionId, Map<Integer, Integer> scores, Map<Integer, String> texts) {
        CohortSummary cohort = requireOpenedWeek(week);
        long me = currentUser.accountId();
        Optional<SurveyResponse> given = responses.findByAccountIdAndCohortIdAndWeekNo(me, cohort.id(), week);
        SurveySlot before = slot(cohort, week, given.orElse(null));
        if (!before.editable()) {
            throw new UserFacingException("survey.locked", before.editableUntil());
        }
        String key;
        if (given.isPresent()) {
            key = given.get().getTemplateKey();
            if (given.get().getTemplateVersionId() != templateVersionId) {
                throw new UserFacingException("survey.template-changed");
            }
        } else {
            SurveyTemplates.Current current = currentTemplate(week);
            if (current.versionId() != templateVersionId) {
                throw new UserFacingException("survey.template-changed");
            }
            key = current.key();
        }
        SurveyTemplate template = templates.version(templateVersionId);
        List<SurveyAnswer> checked = SurveyAnswers.check(template, scores, texts);
        Instant now = clock.instant();
        SurveyResponse response = given.map(r -> {
            r.revise(key, templateVersionId, now);
            answers.deleteByResponse(r.getId());
            return r;
        }).orElseGet(() -> responses.save(new SurveyResponse(me, cohort.id(), week, key, templateVersionId, now)));
        for (SurveyAnswer a : checked) {
            answers.save(new SurveyAnswer(response.getId(), a.getQuestionNo(), a.getScore(), a.getAnswerText()));
        }
        return slot(cohort, week, response);
    }

    /** A person's responses in every cohort, for the person record: HR and administrators anyone's, a trainer their trainees'. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<PersonSurveyResponse> ofPerson(long accountId) {
        var me = currentUser.require();
        boolean hrOrAdmin = me.hasRole(org.kefuacademy.platform.Role.HR) || me.hasRole(org.kefuacademy.platform.Role.ADMIN);
        if (!hrOrAdmin && !cohorts.trains(me.accountId(), accountId)) {
            throw new AccessDeniedException("not a trainee of your cohorts");
        }
        return responsesOf(accountId);
    }

    /** Every response of a person with its answers (callers check access). */
    List<PersonSurveyResponse> responsesOf(long accountId) {
        List<SurveyResponse> list = responses.findByAccountIdOrderByCohortIdAscWeekNoAsc(accountId);
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SurveyAnswer>> byResponse = answers.findByResponseIdInOrderByResponseIdAscQuestionNoAsc(
                list.stream().map(SurveyResponse::getId).toList()).stream().collect(Collectors.groupingBy(SurveyAnswer::getResponseId));
        List<PersonSurveyResponse> result = new ArrayList<>();
        for (SurveyResponse r : list) {
            SurveyTemplate t = templates.version(r.getTemplateVersionId());
            Map<Integer, SurveyAnswer> given = byResponse.getOrDefault(r.getId(), List.of()).stream()
                    .collect(Collectors.toMap(SurveyAnswer::getQuestionNo, Function.identity()));
            List<PersonSurveyResponse.Answer> lines = t.questions().stream().map(q -> {
                SurveyAnswer a = given.get(q.no());
                Integer score = a == null ? null : a.getScore();
                return new PersonSurveyResponse.Answer(q.no(), q.text(), score, score == null ? null : t.anchor(score),
                        a == null ? null : a.getAnswerText());
            }).toList();
            result.add(new PersonSurveyResponse(r.getId(), r.getCohortId(), r.getWeekNo(), t.title(), r.getSubmittedAt(),
                    r.getUpdatedAt(), lines));
        }
        return result;
    }

    private CohortSummary requireOpenedWeek(int week) {
        if (!SurveyWindow.valid(week)) {
            throw new UserFacingException("survey.no-such-week", week);
        }
        CohortSummary cohort = myCohort().orElseThrow(() -> new UserFacingException("survey.no-cohort"));
        if (today().isBefore(SurveyWindow.opensOn(cohort.calendar(), week))) {
            throw new UserFacingException("survey.not-open", SurveyWindow.opensOn(cohort.calendar(), week));
        }
        return cohort;
    }

    private SurveyTemplates.Current currentTemplate(int week) {
        return templates.current(SurveyWindow.kindOf(week)).orElseThrow(() -> new UserFacingException("survey.no-template"));
    }

    private Optional<CohortSummary> myCohort() {
        return cohorts.mine().stream().filter(c -> !c.asTrainer()).map(MyCohort::cohort).findFirst();
    }

    private SurveySlot slot(CohortSummary cohort, int week, SurveyResponse given) {
        LocalDate opens = SurveyWindow.opensOn(cohort.calendar(), week);
        LocalDate until = SurveyWindow.editableUntil(cohort.calendar(), week);
        LocalDate today = today();
        SurveySlot.State state;
        if (today.isBefore(opens)) {
            state = SurveySlot.State.NOT_OPEN;
        } else if (today.isAfter(until)) {
            state = given == null ? SurveySlot.State.MISSED : SurveySlot.State.LOCKED;
        } else {
            state = given == null ? SurveySlot.State.OPEN : SurveySlot.State.SUBMITTED;
        }
        String title = templates.current(SurveyWindow.kindOf(week)).map(c -> c.template().title())
                .orElse(given == null ? "" : templates.version(given.getTemplateVersionId()).title());
        return new SurveySlot(cohort.id(), week, title, opens, until, state, given == null ? null : given.getId(),
                given == null ? null : given.getSubmittedAt());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
