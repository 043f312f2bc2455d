package org.kefuacademy.perf.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.SourceFile;

/** The files under {@code content/} as the application reads them (JMH runs in the project folder). */
final class ShippedContent {
    private ShippedContent() {
    }

    static ContentFiles files() {
        Path dir = Path.of("content").toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("modules"))) {
            throw new IllegalStateException("Run the benchmarks from the project folder (no content/ in " + dir.getParent() + ")");
        }
        return new ContentFiles(dir.toString());
    }

    static SourceFile file(ContentFiles files, String folder, String baseName) {
        List<SourceFile> all = files.list(folder, ".md");
        return all.stream().filter(f -> f.baseName().equals(baseName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("content/" + folder + "/" + baseName + ".md not found"));
    }
}
