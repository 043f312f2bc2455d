package org.kefuacademy.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.security.KefuUser;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kefuacademy.testsupport.KeepSuiteSecurityStrategy;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The login form over real HTTP: the session id changes at sign-in (session fixation), the session is
 * registered, and ending a person's sessions (an administrator, or disabling the account) signs that
 * browser out at its next request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(KeepSuiteSecurityStrategy.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("test")
class SignInOverHttpTest {
    private static final String PASSWORD = "Http#Ceshi-2026";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    SessionRegistry registry;
    @Autowired
    ServletContext servletContext;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private AccountSummary newTrainee() {
        return SystemAuthentication.callAsSystem(() -> accounts.create(new AccountDraft("http." + UUID.randomUUID().toString().substring(0, 8),
                "韩梅", Set.of(Role.TRAINEE), null, null, null), PASSWORD));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Posts the login form as the browser does (with the CSRF token if the page carries one). */
    private HttpResponse<String> postLogin(String username, String password, String page) throws Exception {
        StringBuilder form = new StringBuilder("username=" + enc(username) + "&password=" + enc(password));
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        if (csrf.find()) {
            form.append("&_csrf=").append(enc(csrf.group(1)));
        }
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String signIn(AccountSummary person) throws Exception {
        HttpResponse<String> page = get("/login");
        String before = sessionId();
        assertThat(before).as("the login page opens a session").isNotNull();
        HttpResponse<String> posted = postLogin(person.username(), PASSWORD, page.body());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String after = sessionId();
        assertThat(after).as("session id renewed at sign-in").isNotNull().isNotEqualTo(before);
        return after;
    }

    @Test
    void signing_in_renews_the_session_id_and_registers_the_session() throws Exception {
        AccountSummary trainee = newTrainee();
        String session = signIn(trainee);
        SessionInformation info = registry.getSessionInformation(session);
        assertThat(info).isNotNull();
        assertThat(((KefuUser) info.getPrincipal()).accountId()).isEqualTo(trainee.id());
    }

    @Test
    void a_wrong_password_goes_back_to_the_login_page_with_an_error() throws Exception {
        AccountSummary trainee = newTrainee();
        HttpResponse<String> page = get("/login");
        HttpResponse<String> posted = postLogin(trainee.username(), "not-the-password", page.body());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).contains("/login?error");
    }

    @Test
    void disabling_the_account_ends_its_session_at_the_next_request() throws Exception {
        AccountSummary trainee = newTrainee();
        String session = signIn(trainee);

        SystemAuthentication.runAsSystem(() -> accounts.setEnabled(trainee.id(), false));
        assertThat(registry.getSessionInformation(session).isExpired()).isTrue();

        get("/");
        assertThat(registry.getSessionInformation(session)).as("the session was invalidated").isNull();
        assertThat(sessionId()).isNotEqualTo(session);
    }

    @Test
    void an_administrator_ends_a_persons_sessions() throws Exception {
        AccountSummary trainee = newTrainee();
        String session = signIn(trainee);

        int ended = SystemAuthentication.callAsSystem(() -> accounts.endSessions(trainee.id()));
        assertThat(ended).isEqualTo(1);
        get("/");
        assertThat(registry.getSessionInformation(session)).isNull();
    }

    @Test
    void the_idle_timeout_is_the_configured_thirty_minutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
    }
}
