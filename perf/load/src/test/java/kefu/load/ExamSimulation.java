package kefu.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Trainees taking the weekly assessment through Vaadin's own client-server protocol (UIDL over
 * HTTP POST, no push): sign in through the Spring Security login form, open the dashboard, open
 * 我的测评, start the week-1 assessment, answer its 20 questions with think time, submit and
 * confirm. Every request carries the UI's CSRF token and the syncId/clientId the server expects;
 * node ids come from the server's responses (see {@link UiTree}).
 *
 * <p>System properties: {@code BASE_URL}, {@code USERS}, {@code RAMP} (seconds), {@code THINK_MIN}
 * and {@code THINK_MAX} (seconds between answers), {@code FIRST_USER} (number of the first
 * {@code load.NNNNN} account), {@code PASSWORD}, {@code ANSWERS_FILE}, {@code MODE}: {@code exam}
 * (the whole exam), {@code idle} (sign in, dashboard, one heartbeat, then leave the session open) or
 * {@code midexam} ({@code ANSWERS} answers, then leave the session open).
 */
public class ExamSimulation extends Simulation {
    static final String BASE_URL = System.getProperty("BASE_URL", "http://127.0.0.1:18081");
    static final int USERS = Integer.getInteger("USERS", 20);
    static final int RAMP = Integer.getInteger("RAMP", 10);
    static final double THINK_MIN = Double.parseDouble(System.getProperty("THINK_MIN", "5"));
    static final double THINK_MAX = Double.parseDouble(System.getProperty("THINK_MAX", "15"));
    static final int FIRST_USER = Integer.getInteger("FIRST_USER", 1);
    static final String PASSWORD = System.getProperty("PASSWORD", "Ceshi#2026-load");
    static final String MODE = System.getProperty("MODE", "exam");
    static final int ANSWERS = Integer.getInteger("ANSWERS", "exam".equals(System.getProperty("MODE", "exam")) ? 20 : 10);
    static final long HEARTBEAT_MILLIS = 300_000;

    static {
        Trainee.openAnswersFile(Path.of(System.getProperty("ANSWERS_FILE", "target/answers.tsv")));
    }

    private static Trainee trainee(Session s) {
        return s.get("trainee");
    }

    private static Duration think() {
        return Duration.ofMillis((long) (1000 * (THINK_MIN + ThreadLocalRandom.current().nextDouble() * (THINK_MAX - THINK_MIN))));
    }

    private static Duration shortPause() {
        return Duration.ofMillis(500 + ThreadLocalRandom.current().nextInt(1500));
    }

    private static String initUrl(String location) {
        return "/?v-r=init&location=" + location + "&query=&v-sh=900&v-sw=1440&v-wh=757&v-ww=1280&v-bh=757&v-bw=1280"
                + "&v-curdate=" + System.currentTimeMillis() + "&v-tzo=-480&v-dstd=0&v-rtzo=-480&v-dston=false"
                + "&v-tzid=Asia%2FShanghai&v-wn=v-" + ThreadLocalRandom.current().nextDouble()
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=GRANTED&v-wla=SUPPORTED&v-ws=false";
    }

    /** One UIDL round trip whose response must apply cleanly and, if given, show an element. */
    private static HttpRequestActionBuilder uidl(String name, Function<Session, String> body, String mustShow) {
        return http(name).post(s -> "/?v-r=uidl&v-uiId=" + trainee(s).ui.uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(body::apply))
                .check(status().is(200))
                .check(bodyString().transformWithSession((b, s) -> {
                    try {
                        return trainee(s).afterUidl(b, mustShow);
                    } catch (Exception e) {
                        return e.toString();
                    }
                }).is("ok"));
    }

    /** A full page load as the browser does it: the HTML shell, the UI's init JSON, the route. */
    private static ChainBuilder page(String name, String path, String location, String route, String mustShow) {
        return exec(http(name + " page").get(path).check(status().is(200)))
                .exec(http(name + " init").get(s -> initUrl(location)).check(status().is(200))
                        .check(startsNewPage()))
                .exec(uidl(name + " view", s -> trainee(s).navigate(route), mustShow));
    }

    /** The UI's init JSON: the client's copy of the state tree starts again from it. */
    private static CheckBuilder.Final startsNewPage() {
        return bodyString().transformWithSession((b, s) -> {
            try {
                trainee(s).newPage(b);
                return "ok";
            } catch (Exception e) {
                return e.toString();
            }
        }).is("ok");
    }

    private static ChainBuilder leavePage(String name) {
        return exec(http(name).post(s -> "/?v-r=uidl&v-uiId=" + trainee(s).ui.uiId())
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(s -> trainee(s).unload())).check(status().is(200)));
    }

    private static final ChainBuilder HEARTBEAT = doIf(s -> trainee(s).heartbeatDue(HEARTBEAT_MILLIS)).then(
            exec(http("heartbeat").post(s -> "/?v-r=heartbeat&v-uiId=" + trainee(s).ui.uiId())
                    .header("Content-Type", "text/plain;charset=utf-8").check(status().is(200)))
                    .exec(s -> {
                        trainee(s).lastHeartbeat = System.currentTimeMillis();
                        return s;
                    }));

    private static ChainBuilder signIn() {
        return exec(s -> s.set("trainee", new Trainee(s.getString("username"))))
                .exec(http("login page").get("/login").check(status().is(200))
                        .check(regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("springCsrf")))
                .exec(http("login init").get(s -> initUrl("login")).check(status().is(200))
                        .check(startsNewPage()))
                .exec(uidl("login view", s -> trainee(s).navigate("/login"), null))
                .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                .exec(http("sign in").post("/login").disableFollowRedirect()
                        .formParam("_csrf", "#{springCsrf}")
                        .formParam("username", "#{username}")
                        .formParam("password", PASSWORD)
                        .check(status().is(302))
                        .check(header("Location").not(BASE_URL + "/login?error"))
                        .check(header("Location").transform(l -> l.contains("error")).is(false)))
                .exec(leavePage("login unload"))
                .exec(page("dashboard", "/", "", "/", "home-greeting"));
    }

    private static ChainBuilder answerQuestion() {
        return exec(HEARTBEAT)
                .pause(s -> think())
                .exec(s -> {
                    trainee(s).planAnswer();
                    return s;
                })
                .asLongAs(s -> trainee(s).hasPlanned()).on(
                        exec(http("save answer").post(s -> "/?v-r=uidl&v-uiId=" + trainee(s).ui.uiId())
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .body(StringBody(s -> trainee(s).nextPlanned()))
                                .check(status().is(200))
                                .check(bodyString().transformWithSession((b, s) -> {
                                    try {
                                        return trainee(s).afterSave(b);
                                    } catch (Exception e) {
                                        return e.toString();
                                    }
                                }).is("ok")))
                                .exitHereIfFailed()
                                .doIf(s -> trainee(s).hasPlanned()).then(pause(s -> shortPause())));
    }

    private static ChainBuilder nextQuestion() {
        return pause(s -> shortPause())
                .exec(uidl("next question", s -> trainee(s).click("exam-next"), "answer-input"))
                .doIf(s -> trainee(s).renderSync() != null).then(
                        exec(uidl("render sync", s -> trainee(s).renderSync(), null)));
    }

    private static final AtomicInteger NEXT = new AtomicInteger(FIRST_USER);

    private static Iterator<Map<String, Object>> accounts() {
        return Stream.generate(() -> Map.<String, Object>of("username", String.format("load.%05d", NEXT.getAndIncrement())))
                .iterator();
    }

    private static ChainBuilder exam() {
        // A click on 我的测评 in the side menu: the browser's router navigates inside the same UI.
        return pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(uidl("assessments view", s -> trainee(s).navigate("/assessments"), "start-assessment-week1"))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                .exec(uidl("start attempt", s -> trainee(s).click("start-assessment-week1"), "exam-progress"))
                .doIf(s -> trainee(s).renderSync() != null).then(exec(uidl("render sync", s -> trainee(s).renderSync(), null)))
                .exitHereIfFailed()
                .repeat(ANSWERS, "q").on(
                        exec(answerQuestion())
                                .exitHereIfFailed()
                                .doIf(s -> s.getInt("q") < ANSWERS - 1 || !"exam".equals(MODE)).then(nextQuestion())
                                .exitHereIfFailed());
    }

    private static ChainBuilder submit() {
        return pause(s -> think())
                .exec(uidl("submit (open dialog)", s -> trainee(s).click("exam-submit"), "exam-confirm"))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(uidl("confirm submit", s -> trainee(s).confirmSubmit(), "result-summary"))
                .exec(uidl("dialog closed", s -> trainee(s).dialogClosed(), null));
    }

    {
        ScenarioBuilder scenario = switch (MODE) {
            case "idle" -> scenario("idle trainee").feed(accounts()).exec(signIn())
                    .exec(http("heartbeat").post(s -> "/?v-r=heartbeat&v-uiId=" + trainee(s).ui.uiId())
                            .header("Content-Type", "text/plain;charset=utf-8").check(status().is(200)));
            case "midexam" -> scenario("trainee mid-exam").feed(accounts()).exec(signIn()).exitHereIfFailed().exec(exam());
            default -> scenario("trainee exam").feed(accounts()).exec(signIn()).exitHereIfFailed().exec(exam())
                    .exitHereIfFailed().exec(submit());
        };
        HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
                .acceptLanguageHeader("zh-CN,zh;q=0.9")
                .acceptHeader("*/*")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) KefuLoadTest/1 Gatling");
        setUp(scenario.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP)))).protocols(protocol);
    }
}
