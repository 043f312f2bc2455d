package org.kefuacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.testsupport.BrowserJourney;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A demo trainee takes the week-1 assessment, closes the browser half-way, signs in again,
 * finds the earlier answers intact, submits, and sees the score and the explanations.
 */
class AssessmentJourneyTest extends BrowserJourney {

    private String progress() {
        return driver.findElement(By.id("exam-progress")).getText();
    }

    private void openWeekOne() {
        driver.get(url("assessments"));
        waitUpTo(30).until(d -> !d.findElements(By.id("start-assessment-week1")).isEmpty());
        click(By.id("start-assessment-week1"));
        waitUpTo(30).until(d -> !d.findElements(By.id("exam-progress")).isEmpty());
    }

    /** Answers the question on screen if it is one a click can answer; returns whether it did. */
    private boolean answerShownQuestion() {
        // The native inputs, not the (wide) web components: a click in a component's empty area changes nothing.
        List<WebElement> radios = driver.findElements(By.cssSelector("#answer-input vaadin-radio-button input"));
        List<WebElement> boxes = driver.findElements(By.cssSelector("#answer-input vaadin-checkbox input"));
        List<WebElement> keep = driver.findElements(By.id("keep-order"));
        List<WebElement> text = driver.findElements(By.cssSelector("vaadin-text-field#answer-input input"));
        if (!radios.isEmpty()) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", radios.getFirst());
        } else if (!boxes.isEmpty()) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", boxes.getFirst());
        } else if (!keep.isEmpty()) {
            keep.getFirst().click();
        } else if (!text.isEmpty()) {
            text.getFirst().sendKeys("24小时");
        } else {
            return false;
        }
        return true;
    }

    /**
     * Answers the question on screen and waits until the page counts it; a click that lands before
     * the web component is ready is simply repeated, as a person would.
     */
    private boolean answerUntilCounted(int expected) {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (!answerShownQuestion()) {
                return false;
            }
            try {
                waitUpTo(7).until(d -> progress().equals("已答 " + expected + " / 20 题"));
                return true;
            } catch (org.openqa.selenium.TimeoutException e) {
                screenshot("exam-retry");
            }
        }
        throw new AssertionError("the page never counted answer " + expected + " (see target/screenshots/exam-retry.png)");
    }

    @Test
    void answers_survive_a_closed_browser_and_the_submitted_attempt_shows_score_and_explanations() throws Exception {
        signIn(DemoAccounts.TRAINEE_BEHIND.username(), DemoAccounts.PASSWORD);
        waitUpTo(30).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());
        openWeekOne();
        assertThat(progress()).isEqualTo("已答 0 / 20 题");
        int answered = 0;
        for (int i = 0; i < 20 && answered < 2; i++) {
            if (answerUntilCounted(answered + 1)) {
                answered++;
            }
            click(By.id("exam-next"));
            String next = String.valueOf(i + 2);
            waitUpTo(20).until(d -> next.equals(d.findElement(By.cssSelector("#exam-strip .kefu-strip-current")).getText()));
        }
        assertThat(answered).isEqualTo(2);
        screenshot("exam");

        restartBrowser();
        signIn(DemoAccounts.TRAINEE_BEHIND.username(), DemoAccounts.PASSWORD);
        waitUpTo(30).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());
        openWeekOne();
        assertThat(progress()).as("the answers given before the browser closed").isEqualTo("已答 2 / 20 题");
        assertThat(driver.findElements(By.cssSelector("#exam-strip .kefu-strip-answered"))).hasSize(2);

        click(By.id("exam-submit"));
        waitUpTo(20).until(d -> !d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog")).isEmpty());
        waitUpTo(20).until(d -> visibleText().contains("还有 18 道题没有作答"));
        driver.findElement(By.cssSelector("vaadin-button[slot='confirm-button']")).click();

        waitUpTo(30).until(d -> !d.findElements(By.id("result-summary")).isEmpty());
        assertThat(driver.findElement(By.id("result-summary")).getText()).contains("得分");
        assertThat(visibleText()).contains("解析：").contains("你的答案：").contains("正确答案：");
        screenshot("exam-result");
    }
}
