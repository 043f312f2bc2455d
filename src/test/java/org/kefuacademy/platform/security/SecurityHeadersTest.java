package org.kefuacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kefuacademy.testsupport.KeepSuiteSecurityStrategy;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The real server on a random port: the sign-in page, a static file and the public certificate
 * verification page all answer with the security headers (the download carries them too: see
 * CertificateJourneyTest, which fetches a real PDF).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(KeepSuiteSecurityStrategy.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("test")
class SecurityHeadersTest {
    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"login", "themes/default/kefu.css", "verify/NO-SUCH-CODE", "does-not-exist"})
    void every_response_carries_the_security_headers(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpHeaders headers = response.headers();

        assertThat(response.statusCode()).isLessThan(500);
        String csp = headers.firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError(headers.map()));
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'", "img-src 'self' data: blob:");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow())
                .contains("camera=()", "microphone=()", "geolocation=()");
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "verify/NO-SUCH-CODE"})
    void public_pages_still_open_without_signing_in(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html");
    }
}
