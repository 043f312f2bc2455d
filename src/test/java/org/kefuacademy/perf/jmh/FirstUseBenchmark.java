package org.kefuacademy.perf.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.kefuacademy.certificate.Branding;
import org.kefuacademy.certificate.CertificatePdf;
import org.kefuacademy.curriculum.ModuleParser;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.RenderedDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The first call in a fresh JVM (single shot per fork, no warm-up): classes loaded, code interpreted,
 * caches empty — what the first user after a restart waits for. The set-up only reads file text, so
 * nothing measured has run before. {@code perf/jmh.sh} runs these separately with {@code -bm ss -wi 0 -i 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class FirstUseBenchmark {
    private String moduleBody;
    private UnaryOperator<String> linkTarget;

    @Setup
    public void readText() throws IOException, ReflectiveOperationException {
        String text = Files.readString(Path.of("content/modules/w2d4-complaint-handling.md"), StandardCharsets.UTF_8);
        // The body after the front matter (the second "---" line), as ModuleParser would give it.
        moduleBody = text.substring(text.indexOf("\n---", 3) + 4);
        linkTarget = MarkdownBenchmark.appLinkTarget();
    }

    @Benchmark
    public RenderedDocument firstModuleRender() {
        return new MarkdownRenderer().render(moduleBody, linkTarget, "first");
    }

    @Benchmark
    public byte[] firstCertificate() {
        return new CertificatePdf(Branding.load()).render(CertificateBenchmark.sample(0));
    }

    @Benchmark
    public int firstContentLoad(Blackhole sink) {
        ContentFiles files = ShippedContent.files();
        return ContentLoadingBenchmark.loadAll(files, new ModuleParser(new MarkdownRenderer()), sink);
    }
}
