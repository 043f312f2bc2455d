package org.kefuacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
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
import org.kefuacademy.testsupport.PrivateMariaDb;
import org.kefuacademy.testsupport.TestRequirements;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * MariaDB is restarted while a trainee is in an exam: the answer given while the database is down
 * gets a clear message and is not counted; once the database is back, the same session carries on
 * without a restart of the application or a new sign-in, and every answer confirmed before is there.
 */
@ExtendWith(DatabaseRestartJourneyTest.NeedsMariaDbServer.class)
class DatabaseRestartJourneyTest extends BrowserJourney {
    private PrivateMariaDb database;
    private ChildApp app;

    /** Skips (or fails under KEFU_TEST_REQUIRE_ALL) without Debian's mariadb-server to run a private server. */
    static class NeedsMariaDbServer implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return PrivateMariaDb.mariadbd() == null
                    ? TestRequirements.missing("Database restart journey", "mariadbd not found (apt-get install mariadb-server)")
                    : ConditionEvaluationResult.enabled("mariadbd at " + PrivateMariaDb.mariadbd());
        }
    }

    @Override
    protected String url(String path) {
        return app.url(path);
    }

    @AfterEach
    void stopAll() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private String examProgress() {
        return driver.findElement(By.id("exam-progress")).getText();
    }

    private List<WebElement> options() {
        return driver.findElements(By.cssSelector("#answer-input vaadin-radio-button input, #answer-input vaadin-checkbox input"));
    }

    private void choose(int option) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", options().get(option));
    }

    /** Moves on until the question shown is a choice question. */
    private void nextChoiceQuestion(int from) {
        for (int i = from; i < 20; i++) {
            click(By.id("exam-next"));
            String next = String.valueOf(i + 2);
            waitUpTo(20).until(d -> next.equals(d.findElement(By.cssSelector("#exam-strip .kefu-strip-current")).getText()));
            if (options().size() >= 2) {
                return;
            }
        }
        throw new AssertionError("no further choice question");
    }

    private long savedAnswers() throws Exception {
        try (Connection c = database.connect("kefu"); var ps = c.prepareStatement("""
                select count(*) from attempt_answer a join attempt t on t.id = a.attempt_id join account p on p.id = t.account_id
                where p.username = ? and t.status = 'IN_PROGRESS' and a.response is not null""")) {
            ps.setString(1, DemoAccounts.TRAINEE_BEHIND.username());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void an_answer_given_while_the_database_restarts_is_refused_clearly_and_the_session_carries_on() throws Exception {
        database = PrivateMariaDb.install();
        app = ChildApp.start(database.jdbcUrl(), "root", "", "database-restart");
        signIn(DemoAccounts.TRAINEE_BEHIND.username(), DemoAccounts.PASSWORD);
        waitUpTo(60).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());
        driver.get(url("assessments"));
        waitUpTo(30).until(d -> !d.findElements(By.id("start-assessment-week1")).isEmpty());
        click(By.id("start-assessment-week1"));
        waitUpTo(30).until(d -> !d.findElements(By.id("exam-progress")).isEmpty());
        int question = 0;
        if (options().size() < 2) {
            nextChoiceQuestion(question);
        }
        for (int answered = 1; answered <= 2; answered++) {
            choose(0);
            int expected = answered;
            waitUpTo(15).until(d -> examProgress().equals("已答 " + expected + " / 20 题"));
            question = Integer.parseInt(driver.findElement(By.cssSelector("#exam-strip .kefu-strip-current")).getText()) - 1;
            nextChoiceQuestion(question);
        }
        assertThat(savedAnswers()).isEqualTo(2);

        database.stop();
        choose(0);
        waitUpTo(90).until(d -> visibleText().contains("暂时连不上数据库"));
        assertThat(examProgress()).as("the answer given while the database was down is not counted").isEqualTo("已答 2 / 20 题");

        database.start();
        choose(1);
        waitUpTo(60).until(d -> examProgress().equals("已答 3 / 20 题"));
        assertThat(savedAnswers()).as("the two confirmed before and the one given after the restart").isEqualTo(3);
        assertThat(app.logText()).contains("Database unavailable");
    }
}
