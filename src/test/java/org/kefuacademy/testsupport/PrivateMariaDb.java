package org.kefuacademy.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own (Debian's mariadbd, a temporary data folder, 127.0.0.1 only), so a
 * fault test can stop and start it while the application uses it. Needs mariadb-server installed.
 */
public final class PrivateMariaDb implements AutoCloseable {
    private final Path dir;
    private final int port;
    private Process server;

    private PrivateMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** The server binary, or null when MariaDB is not installed. */
    public static Path mariadbd() {
        return List.of(Path.of("/usr/sbin/mariadbd"), Path.of("/usr/bin/mariadbd")).stream().filter(Files::isExecutable)
                .findFirst().orElse(null);
    }

    public static PrivateMariaDb install() throws Exception {
        Path dir = Files.createTempDirectory("kefu-private-mariadb");
        Process install = new ProcessBuilder("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"), "--user=root",
                "--auth-root-authentication-method=normal", "--skip-test-db").redirectErrorStream(true)
                .redirectOutput(dir.resolve("install.log").toFile()).start();
        if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
            throw new IllegalStateException("mariadb-install-db failed, see " + dir.resolve("install.log"));
        }
        PrivateMariaDb db = new PrivateMariaDb(dir, ChildApp.freePort());
        db.start();
        try (Connection c = db.connect(""); var s = c.createStatement()) {
            s.execute("create database kefu character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        return db;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/kefu";
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + database, "root", "");
    }

    /** Starts the server on the same data folder and port, and waits until it answers. */
    public void start() throws Exception {
        server = new ProcessBuilder(mariadbd().toString(), "--no-defaults", "--user=root", "--datadir=" + dir.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("sock"), "--pid-file=" + dir.resolve("pid"),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci", "--innodb-buffer-pool-size=64M",
                "--skip-log-bin").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
                .start();
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            try (Connection c = connect("")) {
                return;
            } catch (SQLException notYet) {
                Thread.sleep(300);
            }
        }
        throw new IllegalStateException("MariaDB did not start, see " + dir.resolve("server.log"));
    }

    /** A clean shutdown (SIGTERM), as an administrator's restart does. */
    public void stop() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (server != null && server.isAlive()) {
            stop();
        }
    }
}
