package org.kefuacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.testsupport.BrowserJourney;
import org.kefuacademy.testsupport.DemoRoster;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Demo HR imports a roster of three new hires for next week's cohort, opens one of them in 人员档案, and
 * downloads the dashboard's cohort report as Excel in the browser's session; then the first new hire
 * signs in with the initial password and has to choose their own before anything else opens.
 */
class RosterJourneyTest extends BrowserJourney {
    @Autowired
    CohortService cohorts;

    private void openMenu(String label) {
        waitUpTo(30).until(d -> navigationLabels().contains(label));
        driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .filter(e -> e.getText().trim().equals(label)).findFirst().orElseThrow().click();
    }

    private List<String> cellTexts(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    @Test
    void hr_imports_a_roster_opens_a_new_trainee_and_exports_the_cohort_report() throws Exception {
        Path roster = DemoRoster.write(DemoRoster.upcomingCohortName(cohorts, LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        signIn(DemoAccounts.HR.username(), DemoAccounts.PASSWORD);
        waitUpTo(30).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());

        openMenu("培训批次");
        waitUpTo(30).until(d -> !d.findElements(By.id("roster-import")).isEmpty());
        click(By.id("roster-import"));
        waitUpTo(30).until(d -> !d.findElements(By.id("roster-upload")).isEmpty());
        // The file input of <vaadin-upload> may sit in its shadow root or in its light DOM.
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript("""
                const up = document.getElementById('roster-upload');
                return up.querySelector('input[type=file]') || (up.shadowRoot && up.shadowRoot.querySelector('input[type=file]'));
                """);
        input.sendKeys(roster.toString());
        waitUpTo(30).until(d -> d.findElement(By.id("roster-summary")).getText().contains("没有发现问题"));
        assertThat(driver.findElement(By.id("roster-summary")).getText()).isEqualTo("共 3 行，没有发现问题，可以导入");
        assertThat(cellTexts("roster-preview")).containsAll(DemoRoster.NAMES);
        screenshot("roster-preview");

        click(By.id("roster-import-button"));
        waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#roster-created vaadin-grid-cell-content")).isEmpty()
                && cellTexts("roster-created").containsAll(DemoRoster.NAMES));
        assertThat(cellTexts("roster-created")).containsAll(DemoRoster.EMPLOYEE_NOS);
        assertThat(driver.findElement(By.id("roster-passwords-warning")).getText()).contains("只在此刻显示");
        String createdList = driver.findElement(By.id("roster-created-download")).getAttribute("href");
        assertThat(createdList).isNotBlank();
        screenshot("roster-imported");
        String[] firstLogin = firstCreatedLogin(createdList);

        openMenu("人员档案");
        waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#people-filter input")).isEmpty());
        driver.findElement(By.cssSelector("#people-filter input")).sendKeys(DemoRoster.NAMES.get(1));
        waitUpTo(30).until(d -> cellTexts("people-grid").contains(DemoRoster.NAMES.get(1))
                && !cellTexts("people-grid").contains("李晓雯"));
        driver.findElements(By.cssSelector("#people-grid vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().trim().equals(DemoRoster.NAMES.get(1))).findFirst().orElseThrow().click();
        waitUpTo(30).until(d -> d.getCurrentUrl().contains("records/person/"));
        waitUpTo(30).until(d -> visibleText().contains(DemoRoster.NAMES.get(1) + " 的档案"));
        screenshot("roster-new-trainee-record");

        openMenu("培训看板");
        waitUpTo(30).until(d -> !d.findElements(By.id("dashboard-progress-export-xlsx")).isEmpty());
        waitUpTo(30).until(d -> !d.findElements(By.id("dashboard-overdue-grid")).isEmpty());
        screenshot("hr-dashboard");
        WebElement export = driver.findElement(By.id("dashboard-progress-export-xlsx"));
        assertThat(export.getText()).isEqualTo("导出 Excel");
        String href = export.getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("批次");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("新员工入职培训");
        }

        openMenu("人员档案");
        waitUpTo(30).until(d -> cellTexts("people-grid").contains("陈浩"));
        driver.findElements(By.cssSelector("#people-grid vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().trim().equals("陈浩")).findFirst().orElseThrow().click();
        waitUpTo(30).until(d -> visibleText().contains("陈浩 的档案") && !d.findElements(By.id("record-attempts")).isEmpty());
        screenshot("person-record");

        // The new hire signs in with the password HR handed over and must choose their own first.
        driver.manage().deleteAllCookies();
        signIn(firstLogin[0], firstLogin[1]);
        waitUpTo(30).until(d -> !d.findElements(By.id("password-must-change")).isEmpty());
        driver.get(url(""));
        waitUpTo(30).until(d -> !d.findElements(By.id("password-must-change")).isEmpty());
        assertThat(driver.findElements(By.id("home-greeting"))).isEmpty();
        driver.findElement(By.cssSelector("#password-current input")).sendKeys(firstLogin[1]);
        driver.findElement(By.cssSelector("#password-new input")).sendKeys("Wode-mima-2027");
        driver.findElement(By.cssSelector("#password-again input")).sendKeys("Wode-mima-2027");
        click(By.id("password-save"));
        waitUpTo(30).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());
    }

    /** User name and initial password of the first row of the created-accounts download, fetched in HR's session. */
    private String[] firstCreatedLogin(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            var header = book.getSheetAt(0).getRow(0);
            var row = book.getSheetAt(0).getRow(1);
            int user = -1;
            int password = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                String h = header.getCell(i).getStringCellValue();
                user = h.equals("登录名") ? i : user;
                password = h.equals("初始密码") ? i : password;
            }
            assertThat(user).as("user name column").isNotNegative();
            assertThat(password).as("password column").isNotNegative();
            return new String[] {row.getCell(user).getStringCellValue(), row.getCell(password).getStringCellValue()};
        }
    }
}
