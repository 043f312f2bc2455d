package org.kefuacademy.roleplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.roleplay.engine.EndingKind;
import org.kefuacademy.roleplay.engine.TestScenarios;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Playing a scenario through the service: every step stored, nothing lost, each person only their own runs. */
@RecordApplicationEvents
class RoleplayServiceTest extends DatabaseTest {
    @Autowired
    RoleplayService roleplay;
    @Autowired
    RunReviewService review;
    @Autowired
    ScenarioAuthoring authoring;
    @Autowired
    XapiExport xapi;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    CohortService cohorts;

    private String key;
    private AccountSummary trainee;
    private AccountSummary trainer;

    @BeforeEach
    void aScenarioAndATrainee() {
        clock.setTo(LocalDateTime.of(2026, 11, 16, 9, 0));
        trainer = newAccount("王讲师", Role.TRAINER);
        trainee = newAccount("李学员", Role.TRAINEE);
        key = "t-" + unique("s").replace('.', '-').toLowerCase();
        signInAs(newAccount("人事", Role.HR)); // the trainer trains the trainee's cohort: she may review her runs
        cohorts.create(new CohortDraft(unique("演练批次"), LocalDate.of(2026, 11, 2), Set.of(trainee.id()), Set.of(trainer.id())));
        signInAs(trainer);
        authoring.create(key, TestScenarios.CALL.replace("id: t\n", "id: " + key + "\nassessed: true\n"));
        signInAs(trainee);
    }

    /** Rings answered politely, then the apology, then a reply: the run ends. */
    private RunView playToTheEnd(long run, String reply) {
        roleplay.choose(run, "ring", 0);
        roleplay.choose(run, "listen", 0);
        return roleplay.reply(run, "reply", reply);
    }

    @Test
    void a_run_opens_with_the_first_line_and_the_options_on_offer() {
        RunView view = roleplay.view(roleplay.start(key, false));
        assertThat(view.transcript()).extracting(TranscriptEntry::speaker, TranscriptEntry::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TranscriptEntry.Speaker.NARRATION, "（电话响了）"));
        assertThat(view.prompt().options()).extracting(RunView.Option::text)
                .containsExactly("您好，安居物业客服中心，我是小李。", "喂？");
        assertThat(view.prompt().timerSeconds()).isEqualTo(9);
        assertThat(view.mood()).isEqualTo(40);
    }

    @Test
    void every_step_is_stored_with_its_choice_reply_effects_scores_and_time() {
        long run = roleplay.start(key, false);
        clock.advanceSeconds(4);
        roleplay.choose(run, "ring", 0);
        clock.advanceSeconds(12);
        roleplay.choose(run, "listen", 0);
        clock.advanceSeconds(30);
        RunView end = roleplay.reply(run, "reply", "实在抱歉，我这就派人上去看看。");
        assertThat(end.finished()).isTrue();
        List<Map<String, Object>> steps = jdbc.queryForList(
                "select seq, step_kind, node_id, choice_index, reply_text, effects, seconds_taken from roleplay_step where run_id = ? order by seq", run);
        assertThat(steps).extracting(s -> s.get("STEP_KIND") != null ? s.get("STEP_KIND") : s.get("step_kind"))
                .containsExactly("CHOICE", "CHOICE", "REPLY");
        assertThat(value(steps.get(0), "effects")).isEqualTo("communication +2, service-attitude +1, mood +10");
        assertThat(((Number) value(steps.get(1), "seconds_taken")).intValue()).isEqualTo(12);
        assertThat(value(steps.get(2), "reply_text")).isEqualTo("实在抱歉，我这就派人上去看看。");
        List<Map<String, Object>> replyScores = jdbc.queryForList("select competence, possible from roleplay_step_score s "
                + "join roleplay_step t on t.id = s.step_id where t.run_id = ? and t.seq = 3 and s.possible > 0 order by competence", run);
        assertThat(replyScores).extracting(r -> value(r, "competence") + " " + value(r, "possible"))
                .containsExactly("communication 2", "complaints 4");
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }

    @Test
    void the_debrief_shows_scores_per_competence_feedback_the_ending_and_its_model_answer() {
        long run = roleplay.start(key, false);
        playToTheEnd(run, "抱歉");
        Debrief d = review.debrief(run);
        assertThat(d.ending()).isIn(EndingKind.RESOLVED, EndingKind.UNRESOLVED);
        assertThat(d.modelAnswerHtml()).contains("<p>");
        assertThat(d.steps()).hasSize(3);
        assertThat(d.steps().getFirst().feedback()).isEqualTo("问候并自报家门。");
        assertThat(d.scores()).extracting(Debrief.CompetenceScore::competence)
                .contains(Competence.COMMUNICATION, Competence.COMPLAINTS, Competence.SERVICE_ATTITUDE);
        Debrief.CompetenceScore communication = d.scores().stream().filter(s -> s.competence() == Competence.COMMUNICATION)
                .findFirst().orElseThrow();
        assertThat(communication.possible()).as("ring 2, the best option at listen 2, the reply 2").isEqualTo(6);
        assertThat(communication.earned()).isBetween(2, 6);
        assertThat(communication.percent()).isEqualTo(Math.round(100f * communication.earned() / 6));
        assertThat(d.steps().getFirst().points()).extracting(Debrief.PointsLine::competence, Debrief.PointsLine::earned,
                Debrief.PointsLine::possible).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Competence.SERVICE_ATTITUDE, 1, 1),
                org.assertj.core.groups.Tuple.tuple(Competence.COMMUNICATION, 2, 2));
        assertThat(d.possibleTotal()).isEqualTo(3 + 5 + 6);
        assertThat(d.scorePercent()).isEqualTo(Math.round(100f * d.earnedTotal() / d.possibleTotal()));
    }

    @Test
    void a_second_answer_to_a_node_already_left_is_refused_and_changes_nothing() {
        long run = roleplay.start(key, false);
        roleplay.choose(run, "ring", 0);
        assertThatThrownBy(() -> roleplay.choose(run, "ring", 1)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("roleplay.already-answered");
        assertThat(jdbc.queryForObject("select count(*) from roleplay_step where run_id = ?", Integer.class, run)).isEqualTo(1);
        assertThat(roleplay.view(run).mood()).isEqualTo(50);
    }

    @Test
    void two_tabs_answering_at_once_store_one_step() throws Exception {
        long run = roleplay.start(key, false);
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> tries = List.of(0, 1).stream().map(i -> pool.submit(() -> {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
            go.await();
            try {
                roleplay.choose(run, "ring", i);
                return true;
            } catch (UserFacingException e) {
                return false;
            }
        })).toList();
        go.countDown();
        int succeeded = 0;
        for (Future<Boolean> f : tries) {
            succeeded += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(succeeded).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from roleplay_step where run_id = ?", Integer.class, run)).isEqualTo(1);
    }

    @Test
    void an_answer_after_the_timer_counts_as_no_answer_and_an_early_timeout_is_refused() {
        long run = roleplay.start(key, false);
        clock.advanceSeconds(3);
        assertThatThrownBy(() -> roleplay.timeout(run, "ring")).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("roleplay.timer-running");
        clock.advanceSeconds(20);
        RunView view = roleplay.choose(run, "ring", 0);
        assertThat(view.transcript()).extracting(TranscriptEntry::speaker).contains(TranscriptEntry.Speaker.TIMEOUT);
        assertThat(view.transcript()).extracting(TranscriptEntry::text).contains("怎么这么久才接！");
        assertThat(view.mood()).isEqualTo(30);
        assertThat(jdbc.queryForObject("select step_kind from roleplay_step where run_id = ?", String.class, run)).isEqualTo("TIMEOUT");
    }

    @Test
    void a_closed_tab_resumes_where_it_was() {
        long run = roleplay.start(key, false);
        roleplay.choose(run, "ring", 0);
        signInAs(trainee);   // a new session
        assertThat(roleplay.start(key, false)).isEqualTo(run);
        RunView view = roleplay.view(run);
        assertThat(view.prompt().nodeId()).isEqualTo("listen");
        assertThat(view.transcript()).extracting(TranscriptEntry::text).contains("您好，安居物业客服中心，我是小李。", "楼上又在吵，都快十二点了！");
    }

    @Test
    void a_trainee_cannot_read_or_answer_another_trainees_run_but_a_trainer_can_read_it() {
        long run = roleplay.start(key, false);
        roleplay.choose(run, "ring", 0);
        signInAs(newAccount("周学员", Role.TRAINEE));
        assertThatThrownBy(() -> roleplay.view(run)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roleplay.choose(run, "listen", 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.debrief(run)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> xapi.statements(run, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.finishedRuns(0, 10)).isInstanceOf(AccessDeniedException.class);
        signInAs(newAccount("别班讲师", Role.TRAINER));
        assertThatThrownBy(() -> review.debrief(run)).as("a trainer of another cohort").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.runsOf(trainee.id())).isInstanceOf(AccessDeniedException.class);
        signInAs(trainer);
        assertThat(review.debrief(run).personName()).isEqualTo("李学员");
        assertThatThrownBy(() -> roleplay.choose(run, "listen", 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_trainers_override_needs_a_reason_changes_the_total_and_is_audited() {
        long run = roleplay.start(key, false);
        playToTheEnd(run, "嗯");
        long replyStep = review.debrief(run).steps().getLast().stepId();
        signInAs(trainer);
        assertThatThrownBy(() -> review.override(replyStep, Competence.COMPLAINTS, 4, " "))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> review.override(replyStep, Competence.COMPLAINTS, 9, "太高"))
                .isInstanceOf(UserFacingException.class);
        int before = review.debrief(run).earnedTotal();
        int engine = review.debrief(run).steps().getLast().points().stream()
                .filter(p -> p.competence() == Competence.COMPLAINTS).findFirst().orElseThrow().earned();
        review.override(replyStep, Competence.COMPLAINTS, 4, "回复里其实有道歉，只是用了方言说法");
        review.comment(replyStep, "下次先说“实在抱歉”。");
        signInAs(trainee);
        Debrief d = review.debrief(run);
        assertThat(d.earnedTotal()).isEqualTo(before - engine + 4);
        Debrief.StepDetail last = d.steps().getLast();
        assertThat(last.points()).filteredOn(p -> p.competence() == Competence.COMPLAINTS)
                .extracting(Debrief.PointsLine::earned, Debrief.PointsLine::overridden).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(engine, 4));
        assertThat(last.reviews()).extracting(Debrief.ReviewLine::author, Debrief.ReviewLine::comment).containsExactly(
                org.assertj.core.groups.Tuple.tuple("王讲师", "回复里其实有道歉，只是用了方言说法"),
                org.assertj.core.groups.Tuple.tuple("王讲师", "下次先说“实在抱歉”。"));
        assertThat(last.reviews().getFirst().oldEarned()).isEqualTo(engine);
        assertThat(events.stream(RoleplayStepScored.class).filter(e -> e.stepId() == replyStep).count()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select detail from audit_log where subject_account_id = ? and action = ? and actor_id = ?",
                String.class, trainee.id(), RunReviewService.AUDIT_OVERRIDE, trainer.id()))
                .isEqualTo(key + " " + Competence.COMPLAINTS.id() + " " + engine + " → 4：回复里其实有道歉，只是用了方言说法");
    }

    @Test
    void assessed_runs_are_limited_and_only_for_assessed_scenarios() {
        for (int i = 0; i < RoleplayService.ASSESSED_RUNS_ALLOWED; i++) {
            long run = roleplay.start(key, true);
            playToTheEnd(run, "非常抱歉");
        }
        assertThatThrownBy(() -> roleplay.start(key, true)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("roleplay.assessed-used-up");
        assertThat(roleplay.start(key, false)).isPositive();
        assertThat(roleplay.bestAssessed(trainee.id())).containsOnlyKeys(key);
        assertThat(events.stream(RoleplayRunFinished.class).filter(e -> e.assessed()).count()).isEqualTo(2);
    }

    @Test
    void each_scored_step_publishes_its_evidence() {
        long run = roleplay.start(key, false);
        roleplay.choose(run, "ring", 1);
        RoleplayStepScored e = events.stream(RoleplayStepScored.class).filter(x -> x.runId() == run).findFirst().orElseThrow();
        assertThat(e.accountId()).isEqualTo(trainee.id());
        assertThat(e.earned()).containsEntry(Competence.ETIQUETTE, -2);
        assertThat(e.possible()).containsEntry(Competence.COMMUNICATION, 2).containsEntry(Competence.SERVICE_ATTITUDE, 1);
    }

    @Test
    void a_run_exports_as_xapi_statements_one_per_step_and_one_for_the_outcome() {
        long run = roleplay.start(key, false);
        playToTheEnd(run, "非常抱歉");
        JsonNode all = JsonMapper.builder().build().readTree(xapi.statements(run, trainee.username()));
        assertThat(all.size()).isEqualTo(4);
        JsonNode first = all.get(0);
        assertThat(first.get("actor").get("name").asString()).isEqualTo("李学员");
        assertThat(first.get("actor").get("account").get("name").asString()).isEqualTo(trainee.username());
        assertThat(first.get("verb").get("id").asString()).isEqualTo(XapiExport.RESPONDED);
        assertThat(first.get("result").get("response").asString()).isEqualTo("您好，安居物业客服中心，我是小李。");
        assertThat(first.get("result").get("score").get("raw").asInt()).isEqualTo(3);
        assertThat(first.get("result").get("score").get("max").asInt()).isEqualTo(3);
        JsonNode last = all.get(3);
        assertThat(last.get("verb").get("id").asString()).isEqualTo(XapiExport.COMPLETED);
        assertThat(last.get("result").get("completion").asBoolean()).isTrue();
        assertThat(last.get("context").get("registration").asString()).isEqualTo(first.get("context").get("registration").asString());
        assertThat(first.get("id").asString()).isNotEqualTo(last.get("id").asString());
    }

    @Test
    void an_empty_or_overlong_reply_is_refused_and_the_run_stays_where_it_was() {
        long run = roleplay.start(key, false);
        roleplay.choose(run, "ring", 0);
        roleplay.choose(run, "listen", 0);
        assertThatThrownBy(() -> roleplay.reply(run, "reply", "   ")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> roleplay.reply(run, "reply", "长".repeat(4001))).isInstanceOf(UserFacingException.class);
        assertThat(roleplay.view(run).prompt().nodeId()).isEqualTo("reply");
    }
}
