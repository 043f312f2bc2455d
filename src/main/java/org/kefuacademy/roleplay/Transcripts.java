package org.kefuacademy.roleplay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.roleplay.domain.ReplyHitRow;
import org.kefuacademy.roleplay.domain.ReplyHitRowRepository;
import org.kefuacademy.roleplay.domain.RoleplayRun;
import org.kefuacademy.roleplay.domain.RoleplayStep;
import org.kefuacademy.roleplay.domain.RoleplayStepRepository;
import org.kefuacademy.roleplay.domain.ScenarioEntryRepository;
import org.kefuacademy.roleplay.domain.StepReview;
import org.kefuacademy.roleplay.domain.StepReviewRepository;
import org.kefuacademy.roleplay.domain.StepScore;
import org.kefuacademy.roleplay.domain.StepScoreRepository;
import org.kefuacademy.roleplay.engine.EndingKind;
import org.kefuacademy.roleplay.engine.Node;
import org.kefuacademy.roleplay.engine.RunState;
import org.kefuacademy.roleplay.engine.Scenario;
import org.kefuacademy.roleplay.engine.ScenarioEngine;
import org.springframework.stereotype.Component;

/**
 * Rebuilds what a run looked like from its stored steps and the scenario version it played: the
 * conversation, the current prompt, and the full debrief. Callers have already checked access.
 */
@Component
class Transcripts {
    private final RoleplayStepRepository steps;
    private final StepScoreRepository scores;
    private final ReplyHitRowRepository hits;
    private final StepReviewRepository reviews;
    private final ScenarioEntryRepository catalogue;
    private final RunStates states;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final MarkdownRenderer markdown;

    Transcripts(RoleplayStepRepository steps, StepScoreRepository scores, ReplyHitRowRepository hits,
                StepReviewRepository reviews, ScenarioEntryRepository catalogue, RunStates states, AccountService accounts,
                CurrentUser currentUser, MarkdownRenderer markdown) {
        this.markdown = markdown;
        this.steps = steps;
        this.scores = scores;
        this.hits = hits;
        this.reviews = reviews;
        this.catalogue = catalogue;
        this.states = states;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    RunView view(RoleplayRun run, Scenario scenario, Instant now) {
        return view(run, scenario, steps.findByRunIdOrderBySeq(run.getId()), now);
    }

    private RunView view(RoleplayRun run, Scenario scenario, List<RoleplayStep> taken, Instant now) {
        List<TranscriptEntry> lines = new ArrayList<>();
        new ScenarioEngine(scenario).start().entered().forEach(n -> spoken(lines, n));
        for (RoleplayStep step : taken) {
            Node at = scenario.node(step.getNodeId()).orElseThrow();
            if (step.getStepKind().equals("TIMEOUT")) {
                lines.add(new TranscriptEntry(TranscriptEntry.Speaker.TIMEOUT, "", at.id(), step.getSeq()));
            } else {
                lines.add(new TranscriptEntry(TranscriptEntry.Speaker.TRAINEE, answerText(at, step), at.id(), step.getSeq()));
            }
            for (String id : step.getEnteredNodes().split(",")) {
                scenario.node(id).ifPresent(n -> spoken(lines, n));
            }
        }
        EndingKind ending = run.getEndingKind() == null ? null : EndingKind.byId(run.getEndingKind()).orElse(null);
        return new RunView(run.getId(), run.getScenarioKey(), scenario.title(), scenario.channel(), scenario.persona(),
                scenario.personaNote(), scenario.language(), markdown.render(scenario.briefing(), link -> "#",
                        "roleplay-briefing:" + run.getScenarioVersionId()).html(), run.isAssessed(), run.getMood(), lines,
                run.isFinished() ? null : prompt(run, scenario, now), ending);
    }

    private static void spoken(List<TranscriptEntry> lines, Node node) {
        if (!node.narration().isEmpty()) {
            lines.add(new TranscriptEntry(TranscriptEntry.Speaker.NARRATION, node.narration(), node.id(), null));
        }
        if (!node.personaLine().isEmpty()) {
            lines.add(new TranscriptEntry(TranscriptEntry.Speaker.PERSONA, node.personaLine(), node.id(), null));
        }
    }

    private static String answerText(Node at, RoleplayStep step) {
        if (step.getChoiceIndex() != null && step.getChoiceIndex() < at.choices().size()) {
            return at.choices().get(step.getChoiceIndex()).text();
        }
        return step.getReplyText() == null ? "" : step.getReplyText();
    }

    private RunView.Prompt prompt(RoleplayRun run, Scenario scenario, Instant now) {
        ScenarioEngine engine = new ScenarioEngine(scenario);
        RunState state = states.stateOf(run);
        Node node = engine.current(state);
        List<RunView.Option> options = engine.visibleChoices(state).stream()
                .map(i -> new RunView.Option(i, node.choices().get(i).text())).toList();
        int left = 0;
        if (node.timerSeconds() != null) {
            long elapsed = Duration.between(run.getNodeEnteredAt(), now).toSeconds();
            left = (int) Math.max(0, node.timerSeconds() - elapsed);
        }
        return new RunView.Prompt(node.id(), options, node.reply() == null ? null : node.reply().prompt(),
                node.timerSeconds(), left);
    }

    Debrief debrief(RoleplayRun run, Scenario scenario, Instant now) {
        List<RoleplayStep> taken = steps.findByRunIdOrderBySeq(run.getId());
        RunView view = view(run, scenario, taken, now);
        List<StepScore> stepScores = scores.findByRunId(run.getId());
        Set<Long> stepIds = taken.stream().map(RoleplayStep::getId).collect(Collectors.toSet());
        Map<Long, List<ReplyHitRow>> hitsByStep = hits.findByStepIdIn(stepIds).stream()
                .collect(Collectors.groupingBy(ReplyHitRow::getStepId));
        List<StepReview> runReviews = reviews.findByRunIdOrderByCreatedAt(run.getId());
        Map<Long, String> names = names(run, runReviews);
        List<Debrief.StepDetail> details = new ArrayList<>();
        for (RoleplayStep step : taken) {
            Node at = scenario.node(step.getNodeId()).orElseThrow();
            String feedback = step.getChoiceIndex() != null && step.getChoiceIndex() < at.choices().size()
                    ? at.choices().get(step.getChoiceIndex()).feedback() : null;
            String answer = step.getStepKind().equals("TIMEOUT") ? null : answerText(at, step);
            details.add(new Debrief.StepDetail(step.getId(), step.getSeq(), at.id(), step.getStepKind(), at.personaLine(),
                    answer, feedback, step.getEffects(), step.getReplyPercent(), step.getMoodBefore(), step.getMoodAfter(),
                    step.getSecondsTaken(), step.getCreatedAt(), pointsOf(step.getId(), stepScores),
                    hitsByStep.getOrDefault(step.getId(), List.of()).stream().map(h -> new Debrief.HitLine(h.getCategory(),
                            h.getGroupId(), h.getLabel(), h.getReason(), h.getPhrase(), h.getMatched(), h.getPoints())).toList(),
                    runReviews.stream().filter(r -> r.getStepId() == step.getId()).map(r -> new Debrief.ReviewLine(
                            names.getOrDefault(r.getAuthorId(), "#" + r.getAuthorId()), r.getCreatedAt(), r.getCommentText(),
                            r.getCompetence() == null ? null : Competence.byId(r.getCompetence()).orElse(null),
                            r.getOldEarned(), r.getNewEarned())).toList()));
        }
        List<Debrief.CompetenceScore> perCompetence = totals(stepScores);
        int earned = stepScores.stream().mapToInt(StepScore::effectiveEarned).sum();
        int possible = stepScores.stream().mapToInt(StepScore::getPossible).sum();
        Node end = run.isFinished() ? scenario.node(run.getNodeId()).orElseThrow() : null;
        return new Debrief(view, run.getAccountId(), names.getOrDefault(run.getAccountId(), ""), run.getStartedAt(),
                run.getFinishedAt(), details, perCompetence, earned, possible, run.getScorePercent(), view.ending(),
                end == null ? null : end.personaLine(), end == null ? null : markdown.render(end.ending().modelAnswer(),
                        link -> "#", "roleplay-model:" + run.getScenarioVersionId() + ":" + end.id()).html());
    }

    private static List<Debrief.PointsLine> pointsOf(long stepId, List<StepScore> all) {
        return all.stream().filter(s -> s.getStepId() == stepId)
                .map(s -> new Debrief.PointsLine(Competence.byId(s.getCompetence()).orElseThrow(), s.getEarned(),
                        s.getPossible(), s.getOverrideEarned()))
                .sorted(Comparator.comparing(Debrief.PointsLine::competence)).toList();
    }

    /** Per competence over the run, the trainer's overrides counting. */
    static List<Debrief.CompetenceScore> totals(List<StepScore> all) {
        Map<Competence, int[]> sums = new EnumMap<>(Competence.class);
        for (StepScore s : all) {
            int[] sum = sums.computeIfAbsent(Competence.byId(s.getCompetence()).orElseThrow(), c -> new int[2]);
            sum[0] += s.effectiveEarned();
            sum[1] += s.getPossible();
        }
        return sums.entrySet().stream().filter(e -> e.getValue()[1] > 0 || e.getValue()[0] != 0)
                .map(e -> new Debrief.CompetenceScore(e.getKey(), e.getValue()[0], e.getValue()[1],
                        percent(e.getValue()[0], e.getValue()[1]))).toList();
    }

    static int percent(int earned, int possible) {
        return possible <= 0 ? 0 : (int) Math.max(0, Math.min(100, Math.round(100.0 * earned / possible)));
    }

    private Map<Long, String> names(RoleplayRun run, List<StepReview> runReviews) {
        Set<Long> ids = new HashSet<>();
        ids.add(run.getAccountId());
        runReviews.forEach(r -> ids.add(r.getAuthorId()));
        Map<Long, String> names = new HashMap<>();
        var me = currentUser.require();
        names.put(me.accountId(), me.displayName());
        ids.remove(me.accountId());
        if (!ids.isEmpty() && me.isStaff()) {
            accounts.findAll(ids).forEach(a -> names.put(a.id(), a.displayName()));
        } else if (!ids.isEmpty()) {
            // A trainee sees the names of the trainers who reviewed their run through the system's eyes.
            SystemAuthentication.callAsSystem(() -> accounts.findAll(ids))
                    .forEach(a -> names.put(a.id(), a.displayName()));
        }
        return names;
    }


    List<RunSummary> summaries(List<RoleplayRun> list) {
        Map<String, String> titles = new HashMap<>();
        catalogue.findAllById(list.stream().map(RoleplayRun::getScenarioKey).collect(Collectors.toSet()))
                .forEach(e -> titles.put(e.getScenarioKey(), e.getTitle()));
        Set<Long> people = list.stream().map(RoleplayRun::getAccountId).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        var me = currentUser.require();
        names.put(me.accountId(), me.displayName());
        people.remove(me.accountId());
        if (!people.isEmpty() && me.isStaff()) {
            accounts.findAll(people).forEach(a -> names.put(a.id(), a.displayName()));
        }
        return list.stream().map(r -> new RunSummary(r.getId(), r.getAccountId(), names.getOrDefault(r.getAccountId(), ""),
                r.getScenarioKey(), titles.getOrDefault(r.getScenarioKey(), r.getScenarioKey()), r.isAssessed(),
                r.getStartedAt(), r.getFinishedAt(), r.getEndingKind(), r.getScorePercent(), r.getDecisions())).toList();
    }
}
