package org.kefuacademy.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * End-to-end journeys: the real application on a random port (demo data, in-memory database)
 * driven by a real headless Chromium through Selenium. One browser per test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
public abstract class BrowserJourney {
    protected static WebDriver driver;
    private static Path profileDir;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        profileDir = Files.createTempDirectory("kefu-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserAvailable.chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profileDir);
        // Console messages are read after each test: a Content-Security-Policy violation fails it.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserAvailable.chromedriver().toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Closes the browser and opens a fresh one (new profile, no cookies): a person coming back later. */
    protected static void restartBrowser() throws IOException {
        stopBrowser();
        startBrowser();
    }

    /** The security headers (platform/security/SecurityHeaders) must not block anything Vaadin does. */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        if (driver == null) {
            return;
        }
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Permissions-Policy"))
                .toList();
        assertThat(violations).as("browser console").isEmpty();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    /** Waits, retrying when Vaadin re-renders an element between finding and reading it. */
    protected WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The text a person sees, including what web components render inside shadow roots. */
    protected String visibleText() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const parts = [];
                const walk = (node) => {
                  if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
                  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
                  if (node.nodeType === Node.ELEMENT_NODE) {
                    const style = getComputedStyle(node);
                    if (style.display === 'none' || style.visibility === 'hidden') return;
                    if (node.shadowRoot) walk(node.shadowRoot);
                    if (node.tagName === 'SLOT') { node.assignedNodes().forEach(walk); return; }
                  }
                  node.childNodes.forEach(walk);
                };
                walk(document.body);
                return parts.join(' ').replace(/\\s+/g, ' ');
                """);
    }

    protected void signIn(String username, String password) {
        driver.get(url("login"));
        waitUpTo(30).until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    /** Saves what the browser shows to target/screenshots/NAME.png (README pictures come from here). */
    protected void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scrolls an element to the middle of the view first, as a person would, then clicks it. */
    protected void click(By by) {
        var element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    protected List<String> navigationLabels() {
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(e -> e.getText().trim()).toList();
    }
}
