package org.kefuacademy.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.FrontMatter;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.SourceFile;

/** The curriculum we ship: every file validates, the month is complete, each day is a real day's material. */
class ShippedContentTest {
    static final int MIN_CHINESE_CHARACTERS = 2500;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private final ContentFiles files = new ContentFiles(Path.of("content").toAbsolutePath().toString());
    private final ModuleParser parser = new ModuleParser(new MarkdownRenderer());

    private List<ModuleDefinition> all() {
        return files.list("modules", ".md").stream().map(f -> {
            ModuleParser.Outcome outcome = parser.parse(f, p -> files.exists("modules", p));
            assertThat(outcome.problems()).as(f.path()).isEmpty();
            return outcome.definition();
        }).toList();
    }

    @Test
    void every_shipped_page_validates() {
        assertThat(all()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void sixteen_modules_one_for_each_training_day() {
        Set<String> days = new HashSet<>();
        for (ModuleDefinition d : all()) {
            if (d.kind() == PageKind.MODULE) {
                assertThat(days.add(d.week() + "-" + d.day())).as("one module for week %d day %d", d.week(), d.day()).isTrue();
            }
        }
        assertThat(days).hasSize(16);
    }

    @Test
    void each_training_day_has_at_least_2500_chinese_characters_of_body_text() {
        for (ModuleDefinition d : all()) {
            if (d.kind() == PageKind.MODULE) {
                long han = HAN.matcher(d.body()).results().count();
                assertThat(han).as(d.key()).isGreaterThanOrEqualTo(MIN_CHINESE_CHARACTERS);
                assertThat(d.body()).as(d.key()).contains("## 要点回顾").contains("## 自测题").contains("案例");
            }
        }
    }

    @Test
    void law_is_current_the_repealed_property_law_is_never_cited_as_in_force() {
        for (SourceFile f : files.list("modules", ".md")) {
            String text = f.text();
            int index = text.indexOf("《物权法》");
            while (index >= 0) {
                String around = text.substring(Math.max(0, index - 80), Math.min(text.length(), index + 80));
                assertThat(around).as(f.path() + " mentions 《物权法》 only as repealed/replaced")
                        .containsAnyOf("废止", "民法典", "取代", "不再", "不能再");
                index = text.indexOf("《物权法》", index + 1);
            }
        }
        assertThat(files.list("modules", ".md").stream().filter(f -> f.text().contains("《民法典》")).count())
                .as("modules citing the Civil Code").isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_phrase_references_have_at_least_fifty_entries_each() {
        assertThat(tableRows("ref-polite-phrases")).isGreaterThanOrEqualTo(50);
        assertThat(tableRows("ref-taboo-phrases")).isGreaterThanOrEqualTo(50);
    }

    /** Numbered table rows ("| 12 | ..."), as the phrase lists are written. */
    private long tableRows(String key) {
        SourceFile f = files.list("modules", ".md").stream().filter(s -> s.baseName().equals(key)).findFirst().orElseThrow();
        String body = FrontMatter.parse(f).parsed().body();
        return body.lines().filter(l -> l.matches("\\|\\s*\\d+\\s*\\|.*")).count();
    }
}
