package org.kefuacademy.roleplay.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.roleplay.reply.Hit;
import org.kefuacademy.roleplay.reply.Lexicon;
import org.kefuacademy.roleplay.reply.ReplyAnalysis;
import org.kefuacademy.roleplay.reply.ServiceStep;

/** The engine: conditions, effects, reply scoring, routes, timeouts, endings, determinism. */
class ScenarioEngineTest {
    private final Scenario scenario = TestScenarios.parse(TestScenarios.CALL);
    private final ScenarioEngine engine = new ScenarioEngine(scenario);

    private static ReplyAnalysis found(ServiceStep... steps) {
        Map<ServiceStep, Hit> hits = new java.util.EnumMap<>(ServiceStep.class);
        for (ServiceStep s : steps) {
            hits.put(s, new Hit(Lexicon.Category.STEPS, s.id(), s.id(), "", "", "", null, 0, 0));
        }
        return new ReplyAnalysis(hits, List.of(), List.of(), List.of());
    }

    @Test
    void a_run_starts_at_the_first_node_with_the_scenarios_mood() {
        StepResult start = engine.start();
        assertThat(start.state().nodeId()).isEqualTo("ring");
        assertThat(start.state().mood()).isEqualTo(40);
        assertThat(start.state().finished()).isFalse();
        assertThat(start.entered()).extracting(Node::id).containsExactly("ring");
    }

    @Test
    void a_choice_applies_its_effects_and_records_what_could_have_been_earned() {
        StepResult step = engine.choose(engine.start().state(), 0);
        assertThat(step.earned()).containsOnly(Map.entry(Competence.COMMUNICATION, 2), Map.entry(Competence.SERVICE_ATTITUDE, 1));
        assertThat(step.possible()).containsOnly(Map.entry(Competence.COMMUNICATION, 2), Map.entry(Competence.SERVICE_ATTITUDE, 1));
        assertThat(step.moodBefore()).isEqualTo(40);
        assertThat(step.moodAfter()).isEqualTo(50);
        assertThat(step.state().nodeId()).isEqualTo("listen");
        assertThat(step.state().decisions()).isEqualTo(1);
    }

    @Test
    void a_bad_choice_loses_points_sets_its_flag_and_still_counts_what_was_possible() {
        StepResult step = engine.choose(engine.start().state(), 1);
        assertThat(step.earned()).containsOnly(Map.entry(Competence.ETIQUETTE, -2));
        assertThat(step.state().flags()).containsExactly("rude");
        assertThat(step.state().possible()).containsEntry(Competence.COMMUNICATION, 2);
        assertThat(step.state().percent(Competence.COMMUNICATION)).isZero();
    }

    @Test
    void a_choice_appears_only_while_its_condition_holds() {
        RunState polite = engine.choose(engine.start().state(), 0).state();   // mood 50, no flag
        assertThat(engine.visibleChoices(polite)).containsExactly(0, 1, 2);
        RunState rude = engine.choose(engine.start().state(), 1).state();     // mood 35, rude
        assertThat(engine.visibleChoices(rude)).containsExactly(0, 1);
        assertThatThrownBy(() -> engine.choose(rude, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void possible_points_are_the_best_among_the_choices_on_offer() {
        RunState polite = engine.choose(engine.start().state(), 0).state();
        assertThat(engine.possibleAt(polite)).containsOnly(Map.entry(Competence.COMPLAINTS, 3), Map.entry(Competence.COMMUNICATION, 2));
        RunState rude = engine.choose(engine.start().state(), 1).state();
        assertThat(engine.possibleAt(rude)).containsOnly(Map.entry(Competence.COMPLAINTS, 3));
    }

    @Test
    void a_complete_reply_earns_all_its_effects_and_takes_the_best_route() {
        RunState atReply = engine.choose(engine.choose(engine.start().state(), 0).state(), 0).state();
        StepResult step = engine.reply(atReply, "非常抱歉，十分钟内给您回电。", found(ServiceStep.APOLOGY, ServiceStep.PROMISE_TIME));
        assertThat(step.earned()).containsOnly(Map.entry(Competence.COMPLAINTS, 4), Map.entry(Competence.COMMUNICATION, 2));
        assertThat(step.state().lastReplyPercent()).isEqualTo(100);
        assertThat(step.state().mood()).isEqualTo(80);   // 40 +10 +10 +20
        assertThat(step.state().nodeId()).isEqualTo("good");
        assertThat(step.state().finished()).isTrue();
    }

    @Test
    void a_partial_reply_earns_its_share_of_the_gains_rounded() {
        RunState atReply = engine.choose(engine.choose(engine.start().state(), 0).state(), 0).state();
        StepResult step = engine.reply(atReply, "抱歉", found(ServiceStep.APOLOGY));
        assertThat(step.earned()).containsOnly(Map.entry(Competence.COMPLAINTS, 2), Map.entry(Competence.COMMUNICATION, 1));
        assertThat(step.possible()).containsOnly(Map.entry(Competence.COMPLAINTS, 4), Map.entry(Competence.COMMUNICATION, 2));
        assertThat(step.moodAfter() - step.moodBefore()).isEqualTo(10);
        assertThat(step.state().nodeId()).isEqualTo("so-so");
    }

    @Test
    void polite_phrases_add_a_capped_bonus_and_taboo_phrases_cost_points_and_mood() {
        RunState atReply = engine.choose(engine.choose(engine.start().state(), 0).state(), 0).state();
        Hit polite = new Hit(Lexicon.Category.POLITE, "thanks", "感谢", "", "谢谢", "谢谢", Competence.ETIQUETTE, 2, 3);
        Hit taboo = new Hit(Lexicon.Category.TABOO, "shirk", "推诿", "", "不归我管", "不归我管", Competence.SERVICE_ATTITUDE, -3, -15);
        ReplyAnalysis analysis = new ReplyAnalysis(Map.of(), List.of(ServiceStep.APOLOGY, ServiceStep.PROMISE_TIME),
                List.of(polite, polite), List.of(taboo));
        StepResult step = engine.reply(atReply, "谢谢谢谢，不归我管", analysis);
        assertThat(step.earned()).containsOnly(Map.entry(Competence.ETIQUETTE, 3), Map.entry(Competence.SERVICE_ATTITUDE, -3),
                Map.entry(Competence.COMPLAINTS, 0), Map.entry(Competence.COMMUNICATION, 0));
        assertThat(step.state().mood()).isEqualTo(60 + 3 + 3 - 15);
        assertThat(step.state().nodeId()).isEqualTo("unresolved");   // 0 % goes to angry, no rude flag
    }

    @Test
    void automatic_routes_follow_flags_to_the_ending() {
        RunState rude = engine.choose(engine.start().state(), 1).state();
        StepResult step = engine.choose(rude, 1);
        assertThat(step.entered()).extracting(Node::id).containsExactly("angry", "complaint");
        assertThat(step.state().finished()).isTrue();
        assertThat(scenario.node(step.state().nodeId()).orElseThrow().ending().kind()).isEqualTo(EndingKind.COMPLAINT);
    }

    @Test
    void a_timeout_applies_its_effects_and_leads_to_its_node() {
        StepResult step = engine.timeout(engine.start().state());
        assertThat(step.kind()).isEqualTo(StepResult.Kind.TIMEOUT);
        assertThat(step.earned()).containsOnly(Map.entry(Competence.SERVICE_ATTITUDE, -2));
        assertThat(step.possible()).containsEntry(Competence.COMMUNICATION, 2);
        assertThat(step.entered()).extracting(Node::id).containsExactly("late", "listen");
        assertThat(step.state().mood()).isEqualTo(30);
    }

    @Test
    void mood_stays_between_0_and_100() {
        RunState low = new RunState("listen", 5, Map.of(), Map.of(), Set.of(), 0, 1, false);
        assertThat(engine.choose(low, 1).moodAfter()).isZero();
        RunState high = new RunState("listen", 95, Map.of(), Map.of(), Set.of(), 0, 1, false);
        assertThat(engine.choose(high, 0).moodAfter()).isEqualTo(100);
    }

    @Test
    void the_same_steps_always_give_the_same_states() {
        for (int run = 0; run < 3; run++) {
            RunState a = engine.choose(engine.choose(engine.start().state(), 0).state(), 2).state();
            RunState b = engine.choose(engine.choose(engine.start().state(), 0).state(), 2).state();
            assertThat(a).isEqualTo(b);
            assertThat(engine.reply(a, "x", found(ServiceStep.APOLOGY))).isEqualTo(engine.reply(b, "x", found(ServiceStep.APOLOGY)));
        }
    }

    @Test
    void a_finished_run_takes_no_more_steps() {
        RunState done = engine.choose(engine.choose(engine.start().state(), 1).state(), 1).state();
        assertThat(done.finished()).isTrue();
        assertThatThrownBy(() -> engine.choose(done, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> engine.reply(done, "x", found())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_explorer_finds_every_ending_reachable_in_play() {
        ScenarioExplorer.Report report = new ScenarioExplorer().explore(scenario);
        assertThat(report.complete()).isTrue();
        assertThat(report.unreachedEndings()).isEmpty();
        assertThat(report.reachedEndings()).containsExactlyInAnyOrder("good", "so-so", "unresolved", "complaint");
    }

    @Test
    void the_explorer_reports_an_ending_whose_condition_can_never_hold() {
        String text = TestScenarios.CALL.replace("go: good if reply >= 100", "go: good if mood >= 101");
        ScenarioExplorer.Report report = new ScenarioExplorer().explore(TestScenarios.parse(text));
        assertThat(report.unreachedEndings()).containsExactly("good");
    }
}
