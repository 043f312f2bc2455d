package org.kefuacademy.testsupport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.kefuacademy.platform.content.ContentProblem;

/**
 * The properties every content parser and importer keeps on any input: it returns (no exception, no hang),
 * either a result and no problems or problems and no result (never half a file), and every problem names the
 * file, a line inside it and a message the bundles know.
 */
public final class ContentProblemRules {
    /** Generous: the slowest parse of a shipped file takes milliseconds; a hang is what this catches. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Properties BUNDLE = bundle();

    private ContentProblemRules() {
    }

    /** Runs the parser with a time limit; any exception it throws fails the property. */
    public static <T> T returnsInTime(Supplier<T> parse) {
        return Assertions.assertTimeoutPreemptively(PATIENCE, parse::get);
    }

    public static void assertWholeOrNothing(String path, String text, Object result, List<ContentProblem> problems) {
        if (problems.isEmpty()) {
            assertThat(result).as("no problems, so a result").isNotNull();
            return;
        }
        assertThat(result).as("problems reported, so no partial result: %s", problems).isNull();
        assertNamed(path, text, problems);
    }

    /** Each problem names the file, a line of it (0 = the whole file) and a known message. */
    public static void assertNamed(String path, String text, List<ContentProblem> problems) {
        int lastLine = text.split("\n", -1).length + 1;
        for (ContentProblem p : problems) {
            assertThat(p.file()).as("file of %s", p).isEqualTo(path);
            assertThat(p.line()).as("line of %s", p).isBetween(0, lastLine);
            assertKnownKey(p.messageKey(), p.toString());
        }
    }

    public static void assertKnownKey(String key, String what) {
        assertThat(BUNDLE.containsKey(key)).as("message key of %s is in messages.properties", what).isTrue();
    }

    private static Properties bundle() {
        Properties p = new Properties();
        try (InputStream in = ContentProblemRules.class.getResourceAsStream("/i18n/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
