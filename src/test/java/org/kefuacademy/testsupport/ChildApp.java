package org.kefuacademy.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The application in its own JVM (the test classpath, demo data on a MariaDB database), so that fault
 * tests can kill it or pull its database away while a browser uses it. Output goes to target/fault/.
 */
public final class ChildApp implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private ChildApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** Starts it on the given JDBC URL and waits until /actuator/health says UP. */
    public static ChildApp start(String jdbcUrl, String user, String password, String logName) throws Exception {
        int port = freePort();
        Path log = Files.createDirectories(Path.of("target", "fault")).resolve(logName + ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.kefuacademy.KefuAcademyApplication",
                "--spring.profiles.active=demo,mariadb", "--server.port=" + port, "--server.address=127.0.0.1");
        pb.environment().put("KEFU_DB_URL", jdbcUrl);
        pb.environment().put("KEFU_DB_USER", user);
        pb.environment().put("KEFU_DB_PASSWORD", password);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        ChildApp app = new ChildApp(pb.start(), port, log);
        app.awaitHealthy();
        return app;
    }

    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(until)) {
            assertThat(process.isAlive()).as("the application process is running (see " + log + ")").isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url("actuator/health")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not become healthy, see " + log);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    public String logText() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: no shutdown hook, no flush, no graceful close of connections. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
