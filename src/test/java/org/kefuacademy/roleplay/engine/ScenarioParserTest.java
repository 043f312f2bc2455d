package org.kefuacademy.roleplay.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.roleplay.reply.ServiceStep;

/** Scenario files: read right when valid; each kind of broken scenario named with its line; nothing half-loaded. */
class ScenarioParserTest {
    private static final String CALL = TestScenarios.CALL;

    private static List<ContentProblem> problems(String text) {
        ScenarioParser.Outcome outcome = new ScenarioParser().parse(TestScenarios.file(text));
        assertThat(outcome.scenario()).as("a broken scenario is rejected whole").isNull();
        return outcome.problems();
    }

    @Test
    void a_valid_scenario_is_read_with_its_front_matter_nodes_and_kinds() {
        Scenario s = TestScenarios.parse(CALL);
        assertThat(s.id()).isEqualTo("t");
        assertThat(s.channel()).isEqualTo(Channel.PHONE);
        assertThat(s.persona()).isEqualTo("刘女士");
        assertThat(s.startMood()).isEqualTo(40);
        assertThat(s.competences()).containsExactly(Competence.COMPLAINTS, Competence.COMMUNICATION);
        assertThat(s.briefing()).isEqualTo("情景说明。");
        assertThat(s.start().id()).isEqualTo("ring");
        assertThat(s.nodes().values()).extracting(Node::id, Node::kind).containsExactly(
                tuple("ring", Node.Kind.CHOICE), tuple("late", Node.Kind.AUTO), tuple("listen", Node.Kind.CHOICE),
                tuple("reply", Node.Kind.REPLY), tuple("angry", Node.Kind.AUTO), tuple("good", Node.Kind.ENDING),
                tuple("so-so", Node.Kind.ENDING), tuple("unresolved", Node.Kind.ENDING), tuple("complaint", Node.Kind.ENDING));
        assertThat(s.decisionCount()).isEqualTo(3);
    }

    @Test
    void the_persona_name_before_a_line_is_dropped_and_narration_kept() {
        Scenario s = TestScenarios.parse(CALL);
        assertThat(s.node("late").orElseThrow().personaLine()).isEqualTo("怎么这么久才接！");
        assertThat(s.node("ring").orElseThrow().narration()).isEqualTo("（电话响了）");
        assertThat(s.node("ring").orElseThrow().timerSeconds()).isEqualTo(9);
    }

    @Test
    void choices_carry_effects_conditions_and_feedback() {
        Choice third = TestScenarios.parse(CALL).node("listen").orElseThrow().choices().get(2);
        assertThat(third.target()).isEqualTo("reply");
        assertThat(third.effects()).containsExactly(new Effect.Points(Competence.COMPLAINTS, 2),
                new Effect.Points(Competence.COMMUNICATION, 2), new Effect.Mood(5));
        assertThat(third.condition().source()).isEqualTo("mood >= 50 and not flag rude");
        assertThat(third.feedback()).isEqualTo("共情并行动。");
        assertThat(third.line()).isEqualTo(TestScenarios.lineOf(CALL, "我明白您的心情"));
    }

    @Test
    void a_reply_node_has_its_prompt_expected_steps_effects_and_routes() {
        Node reply = TestScenarios.parse(CALL).node("reply").orElseThrow();
        assertThat(reply.reply().prompt()).isEqualTo("告诉刘女士你会怎么处理、多久回电。");
        assertThat(reply.reply().expected()).containsExactlyInAnyOrder(ServiceStep.APOLOGY, ServiceStep.PROMISE_TIME);
        assertThat(reply.reply().effects()).hasSize(3);
        assertThat(reply.entryEffects()).isEmpty();
        assertThat(reply.routes()).extracting(Route::target).containsExactly("good", "so-so", "angry");
    }

    @Test
    void an_ending_keeps_its_kind_and_model_answer() {
        Node good = TestScenarios.parse(CALL).node("good").orElseThrow();
        assertThat(good.ending().kind()).isEqualTo(EndingKind.RESOLVED);
        assertThat(good.ending().modelAnswer()).isEqualTo("问候、致歉、承诺时间。");
    }

    @Test
    void full_width_commas_and_the_arrow_sign_are_accepted() {
        String text = CALL.replace("effects: complaints +3, mood +10", "effects: complaints +3，mood +10")
                .replace("- 实在抱歉，影响您休息了。 -> reply", "- 实在抱歉，影响您休息了。 → reply");
        Choice first = TestScenarios.parse(text).node("listen").orElseThrow().choices().getFirst();
        assertThat(first.effects()).containsExactly(new Effect.Points(Competence.COMPLAINTS, 3), new Effect.Mood(10));
        assertThat(first.target()).isEqualTo("reply");
    }

    private static void assertProblem(String text, String fragmentOnLine, String key) {
        assertThat(problems(text)).extracting(ContentProblem::line, ContentProblem::messageKey)
                .contains(tuple(TestScenarios.lineOf(text, fragmentOnLine), key));
    }

    @Test
    void a_target_that_does_not_exist_is_named_at_its_line() {
        String text = CALL.replace("- 您跟楼上自己商量一下吧。 -> angry", "- 您跟楼上自己商量一下吧。 -> angy");
        assertProblem(text, "-> angy", "roleplay.problem.unknown-target");
        assertThat(problems(text).getFirst().arguments()).containsExactly("angy");
    }

    @Test
    void a_node_nobody_leads_to_is_unreachable() {
        String text = CALL + """

                ## orphan
                > 刘女士：你好？
                go: good
                """;
        assertProblem(text, "## orphan", "roleplay.problem.unreachable");
    }

    @Test
    void a_node_with_nothing_to_do_is_a_dead_end() {
        String text = CALL.replace("go: complaint if flag rude\ngo: unresolved\n", "");
        assertProblem(text, "## angry", "roleplay.problem.dead-end");
    }

    @Test
    void a_loop_with_no_way_out_never_ends() {
        String text = CALL.replace("- 您跟楼上自己商量一下吧。 -> angry", "- 您跟楼上自己商量一下吧。 -> loop-a") + """

                ## loop-a
                > 刘女士：嗯？
                - 再说一遍 -> loop-b
                  feedback: 绕圈。
                - 还是再说一遍 -> loop-b
                  feedback: 还在绕圈。

                ## loop-b
                > 刘女士：嗯嗯？
                - 再说 -> loop-a
                  feedback: 绕圈。
                - 继续说 -> loop-a
                  feedback: 绕圈。
                """;
        List<ContentProblem> found = problems(text);
        assertThat(found).extracting(ContentProblem::messageKey, ContentProblem::arguments).contains(
                tuple("roleplay.problem.never-ends", List.of("loop-a")), tuple("roleplay.problem.never-ends", List.of("loop-b")));
    }

    @Test
    void automatic_routes_that_only_lead_to_each_other_are_a_loop() {
        String text = CALL.replace("go: complaint if flag rude\ngo: unresolved\n", "go: good if mood >= 90\ngo: spin\n") + """

                ## spin
                （沉默）
                go: angry
                """;
        assertProblem(text, "## angry", "roleplay.problem.automatic-loop");
    }

    @Test
    void effects_on_an_unknown_competence_are_refused() {
        String text = CALL.replace("effects: complaints +3, mood +10", "effects: complaint +3, mood +10");
        assertProblem(text, "complaint +3", "content.problem.unknown-competence");
    }

    @Test
    void badly_written_effects_and_conditions_are_named() {
        assertProblem(CALL.replace("mood +10", "mood ++10"), "mood ++10", "roleplay.problem.bad-effect");
        assertProblem(CALL.replace("mood >= 50 and", "mood => 50 and"), "mood => 50", "roleplay.problem.bad-condition");
        assertProblem(CALL.replace("complaints +4", "complaints +40"), "complaints +40", "roleplay.problem.effect-range");
    }

    @Test
    void a_flag_read_but_never_set_is_a_typo() {
        String text = CALL.replace("go: complaint if flag rude", "go: complaint if flag rued");
        assertProblem(text, "flag rued", "roleplay.problem.flag-never-set");
    }

    @Test
    void node_rules_are_each_named() {
        assertProblem(CALL.replace("timeout: late\n", ""), "## ring", "roleplay.problem.timer-needs-timeout");
        assertProblem(CALL.replace("  feedback: 推诿。\n", ""), "您跟楼上自己商量", "roleplay.problem.choice-without-feedback");
        assertProblem(CALL.replace("model:\n问候、致歉、承诺时间。\n", ""), "## good", "roleplay.problem.ending-missing");
        assertProblem(CALL.replace("expect: apology, promise-time", "expect: apology, promises"), "expect:", "roleplay.problem.unknown-step");
        assertProblem(CALL.replace("ending: unresolved", "ending: lost"), "ending: lost", "roleplay.problem.bad-ending");
        String twice = CALL.replace("## late", "## listen");
        assertThat(problems(twice)).extracting(ContentProblem::line, ContentProblem::messageKey)
                .contains(tuple(TestScenarios.lineOf(twice, "楼上又在吵") - 1, "roleplay.problem.duplicate-node"));
        assertProblem(CALL.replace("go: angry\n", ""), "go: so-so", "roleplay.problem.last-route-conditional");
        assertProblem(CALL.replace("  effects: etiquette -2", "effects: etiquette -2"), "effects: etiquette -2",
                "roleplay.problem.choice-key-not-indented");
        assertProblem(CALL.replace("timer: 9", "timr: 9"), "timr: 9", "roleplay.problem.unknown-key");
        assertProblem(CALL.replace("- 喂？ -> listen\n  effects: etiquette -2, mood -5, set rude\n  feedback: 没有问候。\n", ""),
                "## ring", "roleplay.problem.choice-count");
    }

    @Test
    void a_choice_without_a_target_and_a_front_matter_mistake_are_reported_together() {
        String text = CALL.replace("channel: phone", "channel: radio").replace("- 喂？ -> listen", "- 喂？");
        List<ContentProblem> found = problems(text);
        assertThat(found).extracting(ContentProblem::line, ContentProblem::messageKey).contains(
                tuple(TestScenarios.lineOf(text, "channel: radio"), "roleplay.problem.bad-channel"),
                tuple(TestScenarios.lineOf(text, "- 喂？"), "roleplay.problem.choice-without-target"));
    }

    @Test
    void points_given_on_entering_a_node_are_refused() {
        String text = CALL.replace("> 刘女士：怎么这么久才接！", "> 刘女士：怎么这么久才接！\neffects: complaints +1");
        assertProblem(text, "## late", "roleplay.problem.points-on-entry");
    }

    @Test
    void the_id_must_be_the_file_name() {
        ScenarioParser.Outcome outcome = new ScenarioParser().parse(new SourceFile("scenarios/other.md", "other", CALL));
        assertThat(outcome.problems()).extracting(ContentProblem::messageKey).contains("content.problem.id-not-file-name");
    }

    @Test
    void the_example_in_the_format_guide_is_a_valid_scenario() throws IOException {
        String text;
        try (var in = getClass().getResourceAsStream("/scenarios/example-parcel.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ScenarioParser.Outcome outcome = new ScenarioParser().parse(new SourceFile("scenarios/example-parcel.md", "example-parcel", text));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.scenario().endings()).hasSize(3);
    }
}
