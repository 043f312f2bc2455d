package org.kefuacademy.roleplay;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.kefuacademy.platform.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A run as xAPI-shaped statements (actor, verb, object, result, context, timestamp): one per step,
 * "responded" with the step's score and response, and one for the run, "completed" with the
 * outcome and the overall score. Every statement shares the run's registration id.
 */
@Service
public class XapiExport {
    static final String RESPONDED = "http://adlnet.gov/expapi/verbs/responded";
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    private static final String EXTENSION = "/xapi/extensions/";

    private final RunReviewService reviews;
    private final String base;
    private final JsonMapper json = JsonMapper.builder().build();

    XapiExport(RunReviewService reviews, @Value("${kefu.public-url:http://localhost:8080}") String base) {
        this.reviews = reviews;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The statements of a run as a JSON array (own runs; staff any). */
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public String statements(long runId, String accountName) {
        Debrief d = reviews.debrief(runId);
        String registration = UUID.nameUUIDFromBytes(("kefu-run-" + runId).getBytes(StandardCharsets.UTF_8)).toString();
        String scenarioId = base + "/roleplay/" + d.run().scenarioKey();
        ArrayNode all = json.createArrayNode();
        for (Debrief.StepDetail step : d.steps()) {
            ObjectNode s = statement(d, accountName, registration + "/" + step.seq(), RESPONDED, "responded", "回应");
            s.put("timestamp", step.at().toString());
            ObjectNode object = s.putObject("object");
            object.put("objectType", "Activity");
            object.put("id", scenarioId + "/" + step.nodeId());
            ObjectNode definition = object.putObject("definition");
            definition.put("type", "http://adlnet.gov/expapi/activities/interaction");
            definition.putObject("name").put("zh-CN", d.run().title() + " · " + step.nodeId());
            ObjectNode result = s.putObject("result");
            if (step.answer() != null) {
                result.put("response", step.answer());
            }
            int earned = step.points().stream().mapToInt(Debrief.PointsLine::effective).sum();
            int max = step.points().stream().mapToInt(Debrief.PointsLine::possible).sum();
            score(result, earned, max);
            result.put("duration", "PT" + step.secondsTaken() + "S");
            ObjectNode ext = result.putObject("extensions");
            step.points().forEach(p -> ext.putObject(base + EXTENSION + "competence/" + p.competence().id())
                    .put("earned", p.effective()).put("possible", p.possible()));
            ext.put(base + EXTENSION + "mood", step.moodAfter());
            context(s, registration, scenarioId);
            all.add(s);
        }
        if (d.finishedAt() != null) {
            ObjectNode s = statement(d, accountName, registration + "/end", COMPLETED, "completed", "完成");
            ObjectNode object = s.putObject("object");
            object.put("objectType", "Activity");
            object.put("id", scenarioId);
            ObjectNode definition = object.putObject("definition");
            definition.put("type", "http://adlnet.gov/expapi/activities/simulation");
            definition.putObject("name").put("zh-CN", d.run().title());
            ObjectNode result = s.putObject("result");
            result.put("completion", true);
            score(result, d.earnedTotal(), d.possibleTotal());
            ObjectNode ext = result.putObject("extensions");
            ext.put(base + EXTENSION + "outcome", d.ending() == null ? "" : d.ending().id());
            ext.put(base + EXTENSION + "assessed", d.run().assessed());
            s.put("timestamp", d.finishedAt().toString());
            context(s, registration, null);
            all.add(s);
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(all);
    }

    /** A statement with a stable id derived from the run and its place in it, so a re-export yields the same ids. */
    private ObjectNode statement(Debrief d, String accountName, String place, String verb, String en, String zh) {
        ObjectNode s = json.createObjectNode();
        s.put("id", UUID.nameUUIDFromBytes((place + verb).getBytes(StandardCharsets.UTF_8)).toString());
        ObjectNode actor = s.putObject("actor");
        actor.put("objectType", "Agent");
        actor.put("name", d.personName());
        actor.putObject("account").put("homePage", base).put("name", accountName);
        ObjectNode v = s.putObject("verb");
        v.put("id", verb);
        v.putObject("display").put("en-US", en).put("zh-CN", zh);
        s.put("timestamp", d.startedAt().toString());
        return s;
    }

    private static void score(ObjectNode result, int earned, int max) {
        ObjectNode score = result.putObject("score");
        score.put("raw", earned);
        score.put("min", 0);
        score.put("max", Math.max(0, max));
        if (max > 0) {
            score.put("scaled", Math.max(-1.0, Math.min(1.0, earned / (double) max)));
        }
    }

    private static void context(ObjectNode s, String registration, String parent) {
        ObjectNode context = s.putObject("context");
        context.put("registration", registration);
        context.put("language", "zh-CN");
        if (parent != null) {
            context.putObject("contextActivities").putArray("parent").addObject().put("id", parent);
        }
    }
}
