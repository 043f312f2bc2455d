package org.kefuacademy.evaluation;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kefuacademy.evaluation.domain.SurveyAnswerRepository;
import org.kefuacademy.evaluation.domain.SurveyResponseRepository;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.ContentVersionService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey figures per cohort and week, from aggregate queries. HR and administrators read any cohort and
 * see who wrote each open answer; trainers read only their own cohorts, and open answers without names
 * (so that trainees can be frank about their trainers).
 */
@Service
@Transactional(readOnly = true)
public class SurveyAggregates {
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final SurveyTemplates templates;
    private final ContentVersionService versions;
    private final CohortAccess access;
    private final AccountService accounts;

    SurveyAggregates(SurveyResponseRepository responses, SurveyAnswerRepository answers, SurveyTemplates templates,
                     ContentVersionService versions, CohortAccess access, AccountService accounts) {
        this.responses = responses;
        this.answers = answers;
        this.templates = templates;
        this.versions = versions;
        this.access = access;
        this.accounts = accounts;
    }

    /** The cohorts the signed-in person may evaluate. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public List<CohortSummary> cohorts() {
        return access.readable();
    }

    /** Whether open answers come with their authors' names for the signed-in person. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public boolean seesNames() {
        return access.hrOrAdmin();
    }

    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public SurveyAggregate aggregate(long cohortId, int week) {
        requireWeek(week);
        CohortSummary cohort = access.require(cohortId);
        Map<Long, Map<Integer, long[]>> counts = new TreeMap<>();
        for (SurveyAnswerRepository.ScoreCount c : answers.scoreCounts(cohortId, week)) {
            if (c.getScore() < 1 || c.getScore() > SurveyTemplate.SCALE_MAX) {
                continue;
            }
            counts.computeIfAbsent(c.getVersionId(), v -> new TreeMap<>())
                    .computeIfAbsent(c.getQuestionNo(), q -> new long[SurveyTemplate.SCALE_MAX])[c.getScore() - 1] += c.getAnswers();
        }
        Set<Long> versionIds = new HashSet<>(counts.keySet());
        if (versionIds.isEmpty()) {
            templates.current(SurveyWindow.kindOf(week)).ifPresent(c -> versionIds.add(c.versionId()));
        }
        List<SurveyAggregate.QuestionStats> stats = new ArrayList<>();
        for (long versionId : versionIds.stream().sorted().toList()) {
            int versionNo = versions.find(versionId).map(v -> v.versionNo()).orElse(0);
            Map<Integer, long[]> byQuestion = counts.getOrDefault(versionId, Map.of());
            for (SurveyTemplate.Question q : templates.version(versionId).scaleQuestions()) {
                stats.add(stats(versionNo, q, byQuestion.getOrDefault(q.no(), new long[SurveyTemplate.SCALE_MAX])));
            }
        }
        stats.sort(Comparator.comparingInt(SurveyAggregate.QuestionStats::versionNo)
                .thenComparingInt(SurveyAggregate.QuestionStats::questionNo));
        return new SurveyAggregate(cohortId, week, cohort.traineeCount(), responses.countByCohortIdAndWeekNo(cohortId, week), stats);
    }

    /** A page of the open answers, by question (names for HR and administrators only). */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public List<OpenAnswer> openAnswers(long cohortId, int week, int offset, int limit) {
        requireWeek(week);
        access.require(cohortId);
        int size = Math.max(1, limit);
        List<SurveyAnswerRepository.OpenText> page = answers.openTexts(cohortId, week, PageRequest.of(offset / size, size));
        Map<Long, String> names = access.hrOrAdmin() && !page.isEmpty()
                ? accounts.findAll(page.stream().map(SurveyAnswerRepository.OpenText::getAccountId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName))
                : Map.of();
        return page.stream().map(t -> new OpenAnswer(names.get(t.getAccountId()), t.getQuestionNo(),
                question(t.getVersionId(), t.getQuestionNo()), t.getText(), t.getAnsweredAt())).toList();
    }

    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public long openAnswerCount(long cohortId, int week) {
        requireWeek(week);
        access.require(cohortId);
        return answers.countOpenTexts(cohortId, week);
    }

    private String question(long versionId, int no) {
        return templates.version(versionId).questions().stream().filter(q -> q.no() == no).map(SurveyTemplate.Question::text)
                .findFirst().orElse("#" + no);
    }

    private static SurveyAggregate.QuestionStats stats(int versionNo, SurveyTemplate.Question q, long[] counts) {
        long n = 0;
        long sum = 0;
        List<Long> distribution = new ArrayList<>();
        for (int s = 1; s <= SurveyTemplate.SCALE_MAX; s++) {
            n += counts[s - 1];
            sum += s * counts[s - 1];
            distribution.add(counts[s - 1]);
        }
        return new SurveyAggregate.QuestionStats(versionNo, q.no(), q.text(), n, n == 0 ? null : (double) sum / n, distribution);
    }

    private static void requireWeek(int week) {
        if (!SurveyWindow.valid(week)) {
            throw new UserFacingException("survey.no-such-week", week);
        }
    }
}
