package org.kefuacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.testsupport.BrowserJourney;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The README promise: every demo account signs in and lands on its own home; a wrong password is refused in Chinese. */
class SignInJourneyTest extends BrowserJourney {

    @Test
    void a_wrong_password_shows_a_chinese_error_and_stays_on_the_login_page() {
        signIn(DemoAccounts.TRAINEE_AHEAD.username(), "not-the-password");
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("error"));
        waitUpTo(20).until(d -> visibleText().contains("用户名或密码不正确"));
        assertThat(visibleText()).contains("次登录失败已被暂时锁定");
        assertThat(driver.findElements(By.id("home-greeting"))).isEmpty();
    }

    @Test
    void each_demo_role_signs_in_sees_its_own_home_and_signs_out() {
        assertHome(DemoAccounts.TRAINEE_ON_TRACK, "home-trainee", "首页", "我的学习", "我的测评", "每周小结", "情景演练", "我的能力", "结业考核", "参考资料", "我的师傅", "培训反馈", "搜索");
        assertHome(DemoAccounts.TRAINER, "home-trainer", "首页", "参考资料", "搜索", "培训看板", "人员档案", "师带徒", "小结批阅", "批改简答题", "观察评分", "演练记录", "能力热力图", "绩效考核", "课程内容", "题库", "情景管理", "题目分析", "培训评估");
        assertHome(DemoAccounts.HR, "home-hr", "首页", "参考资料", "搜索", "培训看板", "培训批次", "人员档案", "证书管理", "师带徒", "小结批阅", "演练记录", "能力热力图", "绩效考核", "课程内容", "题库", "情景管理", "题目分析", "培训评估");
        assertHome(DemoAccounts.ADMIN, "home-admin", "首页", "参考资料", "搜索", "培训看板", "培训批次", "人员档案", "证书管理", "师带徒", "小结批阅", "批改简答题", "观察评分", "演练记录", "能力热力图", "绩效考核", "课程内容", "题库", "情景管理", "题目分析", "培训评估", "账号管理", "审计日志");
    }

    /** The load test (perf/load.sh) sends a side-menu click as one navigation inside the open page; this is why. */
    @Test
    void the_side_menu_opens_a_view_inside_the_same_page() {
        signIn(DemoAccounts.TRAINEE_ON_TRACK.username(), DemoAccounts.PASSWORD);
        waitUpTo(30).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript("window.kefuPageMarker = 'still the same page';");

        driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .filter(item -> item.getText().trim().equals("我的测评")).findFirst().orElseThrow().click();
        waitUpTo(30).until(d -> !d.findElements(By.cssSelector("[id^='assessment-']")).isEmpty());

        assertThat(driver.getCurrentUrl()).endsWith("/assessments");
        assertThat(page.executeScript("return window.kefuPageMarker;")).isEqualTo("still the same page");
    }

    @Test
    void the_language_switch_turns_the_login_page_english() {
        driver.get(url("login"));
        waitUpTo(30).until(d -> !d.findElements(By.id("language-switch")).isEmpty());
        driver.findElement(By.id("language-switch")).click();
        waitUpTo(20).until(d -> visibleText().contains("Sign in"));
        assertThat(visibleText()).contains("Kefu Academy").doesNotContain("客服学院");
        driver.findElement(By.id("language-switch")).click();
        waitUpTo(20).until(d -> visibleText().contains("客服学院"));
    }

    private void assertHome(DemoAccounts.Demo who, String cardId, String... navigation) {
        signIn(who.username(), DemoAccounts.PASSWORD);
        waitUpTo(30).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());
        assertThat(driver.findElement(By.id("home-greeting")).getText()).isEqualTo("您好，" + who.displayName());
        assertThat(driver.findElements(By.id(cardId))).as(who.username() + " sees " + cardId).hasSize(1);
        assertThat(navigationLabels()).containsExactly(navigation);
        screenshot("home-" + who.username());
        driver.findElement(By.id("logout")).click();
        waitUpTo(20).until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
    }
}
