package org.kefuacademy.roleplay;

import java.util.List;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.demo.DemoUsers;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.security.KefuUser;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.roleplay.domain.RoleplayRunRepository;
import org.kefuacademy.roleplay.domain.ScenarioEntryRepository;
import org.kefuacademy.roleplay.engine.Effect;
import org.kefuacademy.roleplay.engine.Node;
import org.kefuacademy.roleplay.engine.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo role-play runs, played through the real service by the demo trainees: Li plays well (one
 * assessed run), Chen starts badly and improves, Zhou struggles and has a run left open, last month's
 * graduate took four assessed runs; a trainer has commented on one of Chen's steps and corrected a score.
 */
@Component
@Profile("demo")
@Order(21)
class RoleplayDemoData implements ApplicationRunner {
    private final DemoUsers demoUsers;
    private static final Logger log = LoggerFactory.getLogger(RoleplayDemoData.class);
    private static final String GOOD_REPLY = "您好，我是安居物业客服中心的小李。非常抱歉给您添麻烦了，我很理解您的心情。"
            + "您是说这件事已经影响到您了，对吗？麻烦您留一下房号和联系电话，我先登记下来。"
            + "我们三十分钟内安排同事处理，处理完我会给您回电话跟进。感谢您的耐心！";
    private static final String GOOD_REPLY_EN = "Good morning, my name is Li from the service centre. I am sorry for the trouble "
            + "and I understand how you feel. Could you give me your flat number and phone number? We will send someone "
            + "within 30 minutes and I will call you back. Thank you for your patience.";
    private static final String POOR_REPLY = "知道了，这个我也没办法，你等着吧。";

    /** How a demo trainee picks among the options on offer. */
    private enum Style { GOOD, POOR, MIXED }

    private final RoleplayService roleplay;
    private final RunReviewService review;
    private final Scenarios scenarios;
    private final ScenarioEntryRepository catalogue;
    private final RoleplayRunRepository runs;

    RoleplayDemoData(DemoUsers demoUsers, RoleplayService roleplay, RunReviewService review, Scenarios scenarios,
                     ScenarioEntryRepository catalogue, RoleplayRunRepository runs) {
        this.demoUsers = demoUsers;
        this.roleplay = roleplay;
        this.review = review;
        this.scenarios = scenarios;
        this.catalogue = catalogue;
        this.runs = runs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runs.count() > 0) {
            return;
        }
        play(DemoAccounts.TRAINEE_AHEAD, "noise-complaint-call", false, Style.GOOD, Integer.MAX_VALUE);
        play(DemoAccounts.TRAINEE_AHEAD, "visitor-reception", false, Style.GOOD, Integer.MAX_VALUE);
        play(DemoAccounts.TRAINEE_AHEAD, "angry-owner-desk", true, Style.GOOD, Integer.MAX_VALUE);
        play(DemoAccounts.TRAINEE_AHEAD, "english-resident", false, Style.MIXED, Integer.MAX_VALUE);
        Long poor = play(DemoAccounts.TRAINEE_ON_TRACK, "noise-complaint-call", false, Style.POOR, Integer.MAX_VALUE);
        play(DemoAccounts.TRAINEE_ON_TRACK, "noise-complaint-call", false, Style.GOOD, Integer.MAX_VALUE);
        play(DemoAccounts.TRAINEE_ON_TRACK, "arrears-conversation", false, Style.MIXED, Integer.MAX_VALUE);
        play(DemoAccounts.TRAINEE_BEHIND, "visitor-reception", false, Style.POOR, Integer.MAX_VALUE);
        play(DemoAccounts.TRAINEE_BEHIND, "noise-complaint-call", false, Style.MIXED, 2);
        for (String key : List.of("noise-complaint-call", "visitor-reception", "angry-owner-desk", "repair-call-leak")) {
            play(DemoAccounts.GRADUATE, key, true, Style.GOOD, Integer.MAX_VALUE);
        }
        if (poor != null) {
            trainerReviews(poor);
        }
        log.info("Demo data: role-play runs played by the demo trainees");
    }

    private KefuUser user(DemoAccounts.Demo who) {
        return demoUsers.user(who);
    }

    /** Plays up to {@code maxSteps} steps; returns the run, or null when the scenario is not loaded. */
    private Long play(DemoAccounts.Demo who, String key, boolean assessed, Style style, int maxSteps) {
        if (catalogue.findById(key).filter(e -> e.isActive()).isEmpty()) {
            log.warn("Demo data: scenario {} is not loaded; skipped", key);
            return null;
        }
        return SystemAuthentication.callAs(user(who), () -> {
            long id = roleplay.start(key, assessed);
            RunView view = roleplay.view(id);
            for (int step = 0; step < maxSteps && !view.finished(); step++) {
                RunView.Prompt p = view.prompt();
                if (p.isReply()) {
                    String reply = style == Style.POOR ? POOR_REPLY : "en".equals(view.language()) ? GOOD_REPLY_EN : GOOD_REPLY;
                    view = roleplay.reply(id, p.nodeId(), reply);
                } else {
                    view = roleplay.choose(id, p.nodeId(), pick(id, p, style, step));
                }
            }
            return id;
        });
    }

    /** The option with the most (GOOD) or fewest (POOR) points; MIXED alternates. */
    private int pick(long runId, RunView.Prompt p, Style style, int step) {
        var run = runs.findById(runId).orElseThrow();
        Scenario scenario = scenarios.scenario(run.getScenarioVersionId());
        Node node = scenario.node(p.nodeId()).orElseThrow();
        boolean best = style == Style.GOOD || style == Style.MIXED && step % 3 != 2;
        return p.options().stream().map(RunView.Option::index)
                .max((a, b) -> best ? Integer.compare(points(node, a), points(node, b)) : Integer.compare(points(node, b), points(node, a)))
                .orElseThrow();
    }

    private static int points(Node node, int choice) {
        return node.choices().get(choice).effects().stream().filter(Effect.Points.class::isInstance)
                .mapToInt(e -> ((Effect.Points) e).points()).sum();
    }

    private void trainerReviews(long runId) {
        SystemAuthentication.callAs(user(DemoAccounts.TRAINER), () -> {
            Debrief d = review.debrief(runId);
            List<Debrief.StepDetail> steps = d.steps();
            if (!steps.isEmpty()) {
                review.comment(steps.getFirst().stepId(), "开口第一句就决定了业主的情绪。先问候、报单位和姓名，再听对方说。");
            }
            steps.stream().filter(s -> "REPLY".equals(s.kind()) && !s.points().isEmpty()).findFirst().ifPresent(s -> {
                Debrief.PointsLine line = s.points().getFirst();
                Competence c = line.competence();
                review.override(s.stepId(), c, Math.min(line.possible(), Math.max(line.earned(), 0) + 1),
                        "回复虽然生硬，但承诺了会处理，给 1 分鼓励，下次请先道歉。");
            });
            return null;
        });
    }
}
