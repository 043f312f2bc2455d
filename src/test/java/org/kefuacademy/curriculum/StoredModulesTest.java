package org.kefuacademy.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.content.ContentHash;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.StoredVersion;

/** A stored version is parsed once; another text (even under a reused id) is parsed on its own. */
class StoredModulesTest {
    private final StoredModules stored = new StoredModules(new MarkdownRenderer());

    private static String page(String title) {
        return """
                ---
                id: w1d2-role
                kind: module
                week: 1
                day: 2
                title: %s
                minutes: 360
                competences: [processes]
                objectives:
                  - 能说出首问责任制的要求
                ---

                ## 学习目标

                见[核心业务流程](w1d4-core-processes.md)。
                """.formatted(title);
    }

    private static StoredVersion version(long id, String text) {
        return new StoredVersion(id, "module", "w1d2-role", 1, ContentHash.of(text), StoredVersion.Origin.FILE,
                "modules/w1d2-role.md", text, Instant.parse("2026-12-01T00:00:00Z"), null);
    }

    @Test
    void a_version_is_parsed_once_and_its_module_returned_again() {
        StoredVersion v = version(7, page("客服岗位职责"));
        ModuleDefinition first = stored.definition(v).orElseThrow();
        assertThat(first.title()).isEqualTo("客服岗位职责");
        assertThat(first.body()).contains("## 学习目标");
        assertThat(stored.definition(v).orElseThrow()).isSameAs(first);
    }

    @Test
    void another_text_under_the_same_id_is_not_answered_from_the_cache() {
        assertThat(stored.definition(version(7, page("旧标题"))).orElseThrow().title()).isEqualTo("旧标题");
        assertThat(stored.definition(version(7, page("新标题"))).orElseThrow().title()).isEqualTo("新标题");
    }

    @Test
    void a_version_that_no_longer_parses_gives_nothing() {
        assertThat(stored.definition(version(8, "没有前置信息的文本"))).isEmpty();
    }
}
