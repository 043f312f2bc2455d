package org.kefuacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.testsupport.BrowserJourney;
import org.kefuacademy.testsupport.ChildApp;
import org.kefuacademy.testsupport.DatabaseSelection;
import org.kefuacademy.testsupport.TestRequirements;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The server is killed ({@code kill -9}) in the middle of an exam and of a role-play, on the
 * production database (MariaDB), and started again: every answer and every step given before the
 * kill is in the database, and the trainee picks up where they were. The application runs in its own
 * JVM so that it can be killed; the browser is the journeys' Chromium.
 */
@ExtendWith(KillAndRestartJourneyTest.NeedsMariaDb.class)
class KillAndRestartJourneyTest extends BrowserJourney {
    private static final String DATABASE = "kefu_fault";
    private ChildApp app;

    /** Skips (or fails under KEFU_TEST_REQUIRE_ALL) without a MariaDB server to kill the app against. */
    static class NeedsMariaDb implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return DatabaseSelection.mariaDbUrl().isEmpty()
                    ? TestRequirements.missing("Kill-and-restart journey", "no MariaDB given; set KEFU_TEST_MARIADB_URL")
                    : ConditionEvaluationResult.enabled("MariaDB at " + DatabaseSelection.mariaDbUrl());
        }
    }

    @Override
    protected String url(String path) {
        return app.url(path);
    }

    private static String serverUrl() {
        String url = DatabaseSelection.mariaDbUrl();
        return url.substring(0, url.lastIndexOf('/'));
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(serverUrl() + "/" + database, DatabaseSelection.mariaDbUser(),
                DatabaseSelection.mariaDbPassword());
    }

    private static void freshDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl() + "/", DatabaseSelection.mariaDbUser(),
                DatabaseSelection.mariaDbPassword()); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    private static long count(String sql, Object... args) throws SQLException {
        try (Connection c = connect(DATABASE); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void startApp(String logName) throws Exception {
        app = ChildApp.start(serverUrl() + "/" + DATABASE, DatabaseSelection.mariaDbUser(), DatabaseSelection.mariaDbPassword(), logName);
    }

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    private void signInAndWait(DemoAccounts.Demo who) {
        signIn(who.username(), DemoAccounts.PASSWORD);
        waitUpTo(60).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());
    }

    private String examProgress() {
        return driver.findElement(By.id("exam-progress")).getText();
    }

    private void openWeekOne() {
        driver.get(url("assessments"));
        waitUpTo(30).until(d -> !d.findElements(By.id("start-assessment-week1")).isEmpty());
        click(By.id("start-assessment-week1"));
        waitUpTo(30).until(d -> !d.findElements(By.id("exam-progress")).isEmpty());
    }

    /** Picks the first option of a single- or multiple-choice question; false for other kinds. */
    private boolean chooseFirstOption() {
        List<WebElement> options = driver.findElements(By.cssSelector("#answer-input vaadin-radio-button input, #answer-input vaadin-checkbox input"));
        if (options.isEmpty()) {
            return false;
        }
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", options.getFirst());
        return true;
    }

    @Test
    void answers_and_role_play_steps_given_before_a_kill_are_there_after_the_restart() throws Exception {
        freshDatabase();
        startApp("before-kill");
        long zhou = count("select id from account where username = ?", DemoAccounts.TRAINEE_BEHIND.username());
        long wu = count("select id from account where username = ?", DemoAccounts.TRAINEE_NEXT.username());

        // An exam: three choice questions answered, each counted by the page (saved on the server).
        signInAndWait(DemoAccounts.TRAINEE_BEHIND);
        openWeekOne();
        int answered = 0;
        for (int i = 0; i < 20 && answered < 3; i++) {
            if (chooseFirstOption()) {
                int expected = ++answered;
                waitUpTo(15).until(d -> examProgress().equals("已答 " + expected + " / 20 题"));
            }
            click(By.id("exam-next"));
            String next = String.valueOf(i + 2);
            waitUpTo(20).until(d -> next.equals(d.findElement(By.cssSelector("#exam-strip .kefu-strip-current")).getText()));
        }
        assertThat(answered).isEqualTo(3);

        // A role-play: three turns taken.
        restartBrowser();
        signInAndWait(DemoAccounts.TRAINEE_NEXT);
        driver.get(url("roleplay"));
        waitUpTo(30).until(d -> !d.findElements(By.id("practice-noise-complaint-call")).isEmpty());
        click(By.id("practice-noise-complaint-call"));
        waitUpTo(30).until(d -> !d.findElements(By.id("chat")).isEmpty());
        for (int turn = 1; turn <= 3; turn++) {
            int before = driver.findElements(By.cssSelector("#chat .kefu-bubble--trainee")).size();
            WebElement option = driver.findElement(By.cssSelector("#prompt vaadin-button.kefu-option"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
            option.click();
            waitUpTo(15).until(d -> d.findElements(By.cssSelector("#chat .kefu-bubble--trainee")).size() > before);
        }
        long stepsBefore = count("select count(*) from roleplay_step s join roleplay_run r on r.id = s.run_id where r.account_id = ?", wu);
        long answersBefore = count("""
                select count(*) from attempt_answer a join attempt t on t.id = a.attempt_id
                where t.account_id = ? and t.assessment_key = 'assessment-week1' and t.status = 'IN_PROGRESS' and a.response is not null""", zhou);
        assertThat(answersBefore).as("answers stored before the kill").isEqualTo(3);
        assertThat(stepsBefore).as("role-play steps stored before the kill").isGreaterThanOrEqualTo(3);

        app.kill();
        assertThat(count("""
                select count(*) from attempt_answer a join attempt t on t.id = a.attempt_id
                where t.account_id = ? and t.assessment_key = 'assessment-week1' and t.status = 'IN_PROGRESS' and a.response is not null""", zhou))
                .as("answers in the database after the kill").isEqualTo(answersBefore);
        assertThat(count("select count(*) from roleplay_step s join roleplay_run r on r.id = s.run_id where r.account_id = ?", wu))
                .as("steps in the database after the kill").isEqualTo(stepsBefore);

        startApp("after-restart");
        assertThat(app.logText()).doesNotContain("Demo data created");
        restartBrowser();
        signInAndWait(DemoAccounts.TRAINEE_BEHIND);
        openWeekOne();
        assertThat(examProgress()).as("the attempt resumes with its answers").isEqualTo("已答 3 / 20 题");
        assertThat(driver.findElements(By.cssSelector("#exam-strip .kefu-strip-answered"))).hasSize(3);

        restartBrowser();
        signInAndWait(DemoAccounts.TRAINEE_NEXT);
        driver.get(url("roleplay"));
        waitUpTo(30).until(d -> !d.findElements(By.id("practice-noise-complaint-call")).isEmpty());
        assertThat(driver.findElement(By.id("practice-noise-complaint-call")).getText()).isEqualTo("继续演练");
        click(By.id("practice-noise-complaint-call"));
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("#chat .kefu-bubble--trainee")).size() >= 3);
        assertThat(driver.findElements(By.cssSelector("#chat .kefu-bubble--trainee"))).as("the run resumes with its turns").hasSize(3);
    }
}
