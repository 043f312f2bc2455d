package org.kefuacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.testsupport.BrowserJourney;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A demo trainee plays the late-night noise-complaint call in Chromium to an ending — answering
 * within three rings, picking responses, typing replies — and reads the debrief with the scores
 * per competence.
 */
class RoleplayJourneyTest extends BrowserJourney {
    private static final String REPLY = "刘女士您好，我是客服中心的小吴。实在抱歉，这么晚还让您被吵得睡不着，我非常理解您的心情。"
            + "您是说楼上一直在拖椅子、放音乐，对吗？我已经记下您的房号，马上请值班的同事上楼劝导，二十分钟内给您回电话。感谢您的来电！";

    private int traineeLines() {
        return driver.findElements(By.cssSelector("#chat .kefu-bubble--trainee")).size();
    }

    @Test
    void a_trainee_plays_the_noise_complaint_call_to_an_ending_and_reads_the_debrief() {
        signIn(DemoAccounts.TRAINEE_NEXT.username(), DemoAccounts.PASSWORD);
        waitUpTo(30).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());
        driver.get(url("roleplay"));
        waitUpTo(30).until(d -> !d.findElements(By.id("practice-noise-complaint-call")).isEmpty());
        click(By.id("practice-noise-complaint-call"));
        waitUpTo(30).until(d -> !d.findElements(By.id("chat")).isEmpty());
        assertThat(driver.findElement(By.id("chat")).getAttribute("data-channel")).isEqualTo("phone");
        assertThat(driver.findElements(By.id("countdown"))).as("three rings to answer").hasSize(1);
        int steps = 0;
        while (driver.findElements(By.id("run-ended")).isEmpty()) {
            int before = traineeLines();
            if (!driver.findElements(By.id("reply-text")).isEmpty()) {
                driver.findElement(By.cssSelector("#reply-text textarea")).sendKeys(REPLY);
                click(By.id("reply-send"));
            } else {
                var first = driver.findElement(By.cssSelector("#prompt vaadin-button.kefu-option"));
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", first);
                first.click();
            }
            waitUpTo(15).until(d -> traineeLines() > before || !d.findElements(By.id("run-ended")).isEmpty());
            if (steps == 3) {
                screenshot("roleplay-play");
            }
            steps++;
            assertThat(steps).as("the call ends").isLessThan(40);
        }
        assertThat(steps).isGreaterThanOrEqualTo(8);
        assertThat(driver.findElements(By.cssSelector("#chat .kefu-bubble--timeout"))).as("answered in time").isEmpty();
        assertThat(driver.findElement(By.id("run-ended")).getText()).startsWith("对话结束：");
        click(By.id("open-debrief"));
        waitUpTo(30).until(d -> !d.findElements(By.id("debrief-scores")).isEmpty());
        String scores = driver.findElement(By.id("debrief-scores")).getText();
        assertThat(scores).contains("投诉处理").containsPattern("\\d+%");
        assertThat(driver.findElement(By.id("debrief-total")).getText()).startsWith("得分率");
        assertThat(driver.findElement(By.id("model-answer")).getText()).isNotBlank();
        assertThat(visibleText()).contains("✔");
        screenshot("roleplay-debrief");
    }
}
