package org.kefuacademy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails on a key missing from a bundle, a key used in code but defined nowhere, or a broken pattern. */
class MessageBundleCompletenessTest {
    /** Literal keys passed to the translation helpers, and @Menu titles. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|UserFacingException|Notices\\.success)\\((?:this, |[a-z]+, )?\"([a-z][a-z0-9.-]+)\"|title = \"([a-z][a-z0-9.-]+)\"");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleCompletenessTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chinese_and_english_bundles_have_the_same_keys() throws IOException {
        Set<String> zh = new TreeSet<>(load("/i18n/messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("/i18n/messages_en.properties").stringPropertyNames());
        assertThat(en).as("keys missing from messages_en.properties").containsAll(zh);
        assertThat(zh).as("keys missing from messages.properties (Chinese)").containsAll(en);
    }

    @Test
    void every_message_is_a_valid_pattern_and_not_empty() throws IOException {
        for (String bundle : new String[] {"/i18n/messages.properties", "/i18n/messages_en.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThat(value).as(bundle + " " + key).isNotBlank();
                assertThat(new MessageFormat(value).format(new Object[] {"a", "b", "c"})).as(key).isNotBlank();
            }
        }
    }

    @Test
    void every_key_used_in_the_code_exists() throws IOException {
        Set<String> defined = load("/i18n/messages.properties").stringPropertyNames();
        for (Role role : Role.values()) {
            assertThat(defined).contains(role.labelKey());
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(used).as("sanity: the scan finds keys").hasSizeGreaterThan(30);
        // A literal ending in "." is a prefix completed at run time (e.g. "week." + n).
        for (String prefix : used.stream().filter(k -> k.endsWith(".")).toList()) {
            assertThat(defined).as("keys starting with " + prefix).anyMatch(k -> k.startsWith(prefix));
        }
        used.removeIf(k -> k.endsWith("."));
        assertThat(defined).as("keys used in code but missing from the bundles").containsAll(used);
    }

    /** The actions features write to the audit log, as their constants name them. */
    private static final Pattern AUDIT_ACTION = Pattern.compile(
            "static final String (?:AUDIT_[A-Z_]+|VIEW_RECORD|DOWNLOAD_TRANSCRIPT|EXPORT_PERSONAL_DATA|ANONYMISE) = \"([A-Z_]+)\"");

    @Test
    void every_audit_action_has_a_label_for_the_administrators_search() throws IOException {
        Properties zh = load("/i18n/messages.properties");
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = AUDIT_ACTION.matcher(Files.readString(f));
                while (m.find()) {
                    actions.add(m.group(1));
                }
            }
        }
        assertThat(actions).as("audit actions found in the code").contains("VIEW_RECORD", "CREATE_ACCOUNT", "TRANSFER_TRAINEE",
                "IMPORT_ROSTER", "REVOKE_CERTIFICATE");
        assertThat(actions.stream().filter(a -> zh.getProperty("audit.action." + a) == null).toList())
                .as("audit actions without audit.action.<ACTION> label").isEmpty();
    }
}
