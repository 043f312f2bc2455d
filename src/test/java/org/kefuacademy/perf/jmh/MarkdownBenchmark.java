package org.kefuacademy.perf.jmh;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.kefuacademy.curriculum.ModuleDefinition;
import org.kefuacademy.curriculum.ModuleParser;
import org.kefuacademy.curriculum.StoredModules;
import org.kefuacademy.platform.content.ContentHash;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.RenderedDocument;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.StoredVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering a shipped curriculum module to safe HTML with the application's {@link MarkdownRenderer}:
 * <ul>
 *   <li>{@code renderWithNewRenderer}: a new renderer (parser and options built) and a first render;</li>
 *   <li>{@code renderCacheMiss}: the shared renderer, a version it has not rendered yet;</li>
 *   <li>{@code renderCached}: the shared renderer, the version already in its cache;</li>
 *   <li>{@code openPageFromCache}: what the reader does per page open besides the database
 *       ({@code CurriculumService.page}): the stored version's module from {@link StoredModules}, then the
 *       HTML from the renderer's cache;</li>
 *   <li>{@code parseModule}: parsing and validating the stored text with {@link ModuleParser} (front matter,
 *       a full Markdown parse for the link check, link targets taken as present), as every page open did
 *       before {@link StoredModules} kept the result.</li>
 * </ul>
 * Modules: the largest shipped page (w1d4, 41 KB) and a typical one (w2d4, 24 KB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownBenchmark {
    @Param({"w1d4-core-processes", "w2d4-complaint-handling"})
    public String module;

    private SourceFile stored;
    private StoredVersion version;
    private StoredModules storedModules;
    private String body;
    private String hash;
    private UnaryOperator<String> linkTarget;
    private MarkdownRenderer renderer;
    private ModuleParser parser;

    @Setup
    public void load() throws ReflectiveOperationException {
        SourceFile file = ShippedContent.file(ShippedContent.files(), "modules", module);
        stored = new SourceFile(file.path(), module, file.text());
        hash = ContentHash.of(file.text());
        linkTarget = appLinkTarget();
        renderer = new MarkdownRenderer();
        parser = new ModuleParser(renderer);
        ModuleDefinition def = parser.parse(stored, p -> true).definition();
        body = def.body();
        version = new StoredVersion(1, "module", module, 1, hash, StoredVersion.Origin.FILE, file.path(), file.text(),
                Instant.parse("2026-12-01T00:00:00Z"), null);
        storedModules = new StoredModules(renderer);
        renderer.render(storedModules.definition(version).orElseThrow().body(), linkTarget, hash);
    }

    /** The reader's own link mapping ({@code CurriculumService.linkTarget}, package-private there). */
    static UnaryOperator<String> appLinkTarget() throws ReflectiveOperationException {
        Method m = Class.forName("org.kefuacademy.curriculum.CurriculumService").getDeclaredMethod("linkTarget", String.class);
        m.setAccessible(true);
        return href -> {
            try {
                return (String) m.invoke(null, href);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Benchmark
    public RenderedDocument renderWithNewRenderer() {
        return new MarkdownRenderer().render(body, linkTarget, hash);
    }

    @Benchmark
    public RenderedDocument renderCacheMiss() {
        return renderer.renderUncached(body, linkTarget);
    }

    @Benchmark
    public RenderedDocument renderCached() {
        return renderer.render(body, linkTarget, hash);
    }

    @Benchmark
    public RenderedDocument openPageFromCache() {
        ModuleDefinition def = storedModules.definition(version).orElseThrow();
        return renderer.render(def.body(), linkTarget, version.hash());
    }

    @Benchmark
    public ModuleParser.Outcome parseModule() {
        return parser.parse(stored, p -> true);
    }
}
