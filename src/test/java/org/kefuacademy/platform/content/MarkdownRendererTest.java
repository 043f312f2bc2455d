package org.kefuacademy.platform.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What trainers write is rendered safely: no script, no event handlers, no script-capable links. */
class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.renderUncached(markdown, href -> "learn/" + href).html();
    }

    @Test
    void raw_html_is_escaped_not_passed_through() {
        String html = html("你好<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n<div onclick=\"x()\">点我</div>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<div");
        assertThat(html).contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(2)&gt;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "file:///etc/passwd"})
    void script_capable_links_and_images_are_suppressed(String url) {
        String html = html("[点这里](" + url + ") 和 ![图](" + url + ")");
        assertThat(html.toLowerCase()).doesNotContain("href=\"" + url.strip().toLowerCase())
                .doesNotContain("src=\"" + url.strip().toLowerCase())
                .doesNotContain("javascript:").doesNotContain("vbscript:").doesNotContain("data:text");
    }

    @Test
    void links_to_other_pages_go_to_the_reader_and_external_links_open_safely() {
        String html = html("见[核心业务流程](w1d4-core-processes.md#sec-2)，或[官网](https://example.cn)。");
        assertThat(html).contains("href=\"learn/w1d4-core-processes.md#sec-2\"");
        assertThat(html).contains("href=\"https://example.cn\"").contains("rel=\"noopener noreferrer\"")
                .contains("target=\"_blank\"");
    }

    @Test
    void headings_get_anchors_for_the_table_of_contents() {
        RenderedDocument doc = renderer.renderUncached("## 一、首问责任制\n\n正文\n\n### 适用范围\n\n#### 细节", h -> h);
        assertThat(doc.headings()).extracting(RenderedDocument.Heading::text).containsExactly("一、首问责任制", "适用范围");
        assertThat(doc.headings()).extracting(RenderedDocument.Heading::anchor).containsExactly("sec-1", "sec-2");
        assertThat(doc.html()).contains("<h2 id=\"sec-1\">一、首问责任制</h2>");
    }

    @Test
    void mermaid_blocks_become_escaped_diagram_sources() {
        RenderedDocument doc = renderer.renderUncached("```mermaid\nflowchart TD\n  A[业主来电] --> B{紧急?}\n  B --> C[\"<b>x</b>\"]\n```", h -> h);
        assertThat(doc.hasDiagrams()).isTrue();
        assertThat(doc.html()).contains("<pre class=\"mermaid kefu-diagram\">").contains("A[业主来电] --&gt; B{紧急?}")
                .doesNotContain("<b>x</b>");
    }

    @Test
    void tables_render_with_the_prose_class() {
        String html = html("| 应该这样做 | 不要这样做 |\n|---|---|\n| 微笑问候 | 冷脸相对 |");
        assertThat(html).contains("<table class=\"kefu-table\">").contains("<td>微笑问候</td>");
    }

    @Test
    void the_same_text_renders_once() {
        RenderedDocument first = renderer.render("## 标题", h -> h, "hash-1");
        assertThat(renderer.render("## 另一个", h -> h, "hash-1")).isSameAs(first);
    }
}
