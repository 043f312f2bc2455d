package org.kefuacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.testsupport.BrowserJourney;
import org.openqa.selenium.By;

/** A trainee opens the next module from the plan, reads it with its flowchart, completes it, and progress moves. */
class CurriculumJourneyTest extends BrowserJourney {
    private static final Pattern DONE = Pattern.compile("已完成 (\\d+) / (\\d+)");

    private int completed(String labelId) {
        String text = driver.findElement(By.id(labelId)).getText();
        Matcher m = DONE.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void a_trainee_reads_the_next_module_marks_it_complete_and_the_progress_bars_move() {
        signIn(DemoAccounts.TRAINEE_ON_TRACK.username(), DemoAccounts.PASSWORD);
        waitUpTo(30).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());
        driver.get(url("my-learning"));
        waitUpTo(30).until(d -> !d.findElements(By.id("progress-overall-label")).isEmpty());
        int before = completed("progress-overall-label");
        screenshot("my-learning");

        click(By.id("learning-next"));
        waitUpTo(30).until(d -> !d.findElements(By.id("module-title")).isEmpty());
        String key = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(driver.findElement(By.id("module-content")).getText()).contains("学习目标");
        waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#module-content pre.mermaid svg")).isEmpty());
        screenshot("module-reader");

        click(By.id("module-complete"));
        waitUpTo(20).until(d -> !d.findElements(By.id("module-done")).isEmpty());

        driver.get(url("my-learning"));
        waitUpTo(30).until(d -> !d.findElements(By.id("progress-overall-label")).isEmpty());
        assertThat(completed("progress-overall-label")).isEqualTo(before + 1);
        assertThat(driver.findElement(By.id("day-" + key)).getText()).contains("已完成");
    }

    @Test
    void the_plan_and_the_reader_fit_a_phone_screen_without_sideways_scrolling() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            signIn(DemoAccounts.TRAINEE_AHEAD.username(), DemoAccounts.PASSWORD);
            waitUpTo(30).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());
            for (String page : new String[] {"my-learning", "learn/w1d4-core-processes"}) {
                driver.get(url(page));
                waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#progress-overall-label, #module-title")).isEmpty());
                Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow.intValue()).as(page + " scrolls sideways by").isLessThanOrEqualTo(1);
                screenshot("phone-" + page.replace('/', '-'));
            }
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void search_finds_a_chinese_phrase_in_the_modules() {
        signIn(DemoAccounts.TRAINEE_BEHIND.username(), DemoAccounts.PASSWORD);
        waitUpTo(30).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());
        driver.get(url("search"));
        waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#search-query input")).isEmpty());
        driver.findElement(By.cssSelector("#search-query input")).sendKeys("首问责任制\n");
        waitUpTo(20).until(d -> d.findElement(By.id("search-results")).getText().contains("找到"));
        assertThat(driver.findElement(By.id("search-results")).getText()).contains("首问责任");
    }
}
