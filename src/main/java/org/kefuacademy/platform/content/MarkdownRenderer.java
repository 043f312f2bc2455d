package org.kefuacademy.platform.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML. Raw HTML in the source is escaped (never passed through), links and
 * images with script-capable schemes are suppressed, headings get stable anchors for the table
 * of contents, and {@code mermaid} code blocks become diagrams drawn in the browser.
 * Results are cached by content hash: one version renders once.
 */
@Component
public class MarkdownRenderer {
    /** Schemes that can run code or read local files when clicked. */
    public static final String SUPPRESSED_LINKS = "(?i)\\s*(javascript|vbscript|data|file|blob):.*";
    private static final int CACHE_SIZE = 512;

    private final Parser parser;
    private final MutableDataSet options;
    private final Map<String, RenderedDocument> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RenderedDocument> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public MarkdownRenderer() {
        options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "kefu-table");
        parser = Parser.builder(options).build();
    }

    /** Parses Markdown (for validators that walk links and images). */
    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * Renders a body. {@code linkTarget} maps a relative link (e.g. {@code w1d4-core-processes.md})
     * to where it should go in the app; {@code cacheKey} identifies the exact text (its hash).
     */
    public RenderedDocument render(String markdown, UnaryOperator<String> linkTarget, String cacheKey) {
        synchronized (cache) {
            RenderedDocument cached = cache.get(cacheKey);
            if (cached != null) {
                return cached;
            }
        }
        RenderedDocument rendered = renderUncached(markdown, linkTarget);
        synchronized (cache) {
            cache.put(cacheKey, rendered);
        }
        return rendered;
    }

    public RenderedDocument renderUncached(String markdown, UnaryOperator<String> linkTarget) {
        Node document = parser.parse(markdown);
        Map<Node, String> anchors = new IdentityHashMap<>();
        List<RenderedDocument.Heading> headings = new ArrayList<>();
        boolean[] diagrams = {false};
        new NodeVisitor(
                new VisitHandler<>(Heading.class, h -> {
                    String anchor = "sec-" + (anchors.size() + 1);
                    anchors.put(h, anchor);
                    if (h.getLevel() == 2 || h.getLevel() == 3) {
                        headings.add(new RenderedDocument.Heading(h.getLevel(), anchor, h.getText().toString().strip()));
                    }
                }),
                new VisitHandler<>(FencedCodeBlock.class, c -> diagrams[0] |= isMermaid(c))).visit(document);
        HtmlRenderer renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new com.vladsch.flexmark.html.IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                        return (node, part, attributes) -> decorate(node, part, attributes, anchors, linkTarget);
                    }
                })
                .nodeRendererFactory(options -> new MermaidBlocks())
                .build();
        return new RenderedDocument(renderer.render(document), headings, diagrams[0]);
    }

    private static void decorate(Node node, AttributablePart part, MutableAttributes attributes,
                                 Map<Node, String> anchors, UnaryOperator<String> linkTarget) {
        if (node instanceof Heading && anchors.containsKey(node)) {
            attributes.replaceValue("id", anchors.get(node));
        } else if (node instanceof Link) {
            String href = attributes.getValue("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                attributes.replaceValue("target", "_blank");
                attributes.replaceValue("rel", "noopener noreferrer");
            } else if (!href.isEmpty() && !href.startsWith("#")) {
                attributes.replaceValue("href", linkTarget.apply(href));
            }
        } else if (node instanceof Image) {
            String src = attributes.getValue("src");
            if (!src.isEmpty() && !src.startsWith("http://") && !src.startsWith("https://")) {
                attributes.replaceValue("src", linkTarget.apply(src));
            }
            attributes.replaceValue("loading", "lazy");
        }
    }

    static boolean isMermaid(FencedCodeBlock block) {
        return "mermaid".equalsIgnoreCase(block.getInfo().toString().strip());
    }

    /** {@code ```mermaid} blocks become {@code <pre class="mermaid">}, escaped, for Mermaid to draw. */
    private static final class MermaidBlocks implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            if (!isMermaid(block)) {
                context.delegateRender();
                return;
            }
            html.line();
            html.attr("class", "mermaid kefu-diagram").withAttr().tag("pre");
            html.text(block.getContentChars().normalizeEOL());
            html.tag("/pre");
            html.line();
        }
    }
}
