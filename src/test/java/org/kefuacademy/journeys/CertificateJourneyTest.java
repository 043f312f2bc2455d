package org.kefuacademy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kefuacademy.certificate.QrInPdf;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.testsupport.BrowserJourney;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;

/**
 * The demo graduate downloads her certificate in Chromium's session; the PDF names her, and its QR
 * code, decoded from the embedded image, opens the public page, which says "valid" without signing in.
 */
class CertificateJourneyTest extends BrowserJourney {

    @Test
    void a_graduate_downloads_her_certificate_and_its_qr_code_opens_a_valid_verification() throws Exception {
        signIn(DemoAccounts.GRADUATE.username(), DemoAccounts.PASSWORD);
        waitUpTo(30).until(d -> !d.findElements(By.id("home-greeting")).isEmpty());
        driver.get(url("final"));
        waitUpTo(30).until(d -> !d.findElements(By.id("final-verdict")).isEmpty());
        assertThat(driver.findElement(By.id("final-verdict")).getText()).contains("通过");
        screenshot("final-result");
        driver.get(url("competences"));
        waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#radar svg")).isEmpty());
        assertThat(driver.findElement(By.id("radar")).getText()).contains("投诉处理");
        screenshot("competences");
        driver.get(url("final"));
        waitUpTo(30).until(d -> !d.findElements(By.id("final-verdict")).isEmpty());
        String href = driver.findElement(By.cssSelector("#my-certificates a[id^='download-']")).getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pdf.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf.body());
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("何佳怡").contains("结 业 证 书");
        String link = QrInPdf.decode(reader);
        assertThat(link).contains("/verify/");

        driver.manage().deleteAllCookies();
        driver.get(url(link.substring(link.indexOf("verify/"))));
        waitUpTo(30).until(d -> !d.findElements(By.id("verify-status")).isEmpty());
        assertThat(driver.findElement(By.id("verify-status")).getText()).isEqualTo("✔ 证书有效");
        assertThat(driver.findElement(By.id("verification")).getText()).contains("何*怡");
        screenshot("certificate-verified");
    }
}
