package org.kefuacademy.testsupport.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.SourceFile;

/** The real files under {@code content/}, the seeds the fuzz tests mutate. */
public final class ShippedContent {
    private ShippedContent() {
    }

    public static List<SourceFile> files(String folder, Predicate<SourceFile> which) {
        List<SourceFile> files = new ContentFiles(Path.of("content").toAbsolutePath().toString()).list(folder, ".md").stream()
                .filter(which).toList();
        if (files.isEmpty()) {
            throw new IllegalStateException("no shipped files in content/" + folder);
        }
        return files;
    }

    public static List<String> texts(String folder, Predicate<SourceFile> which) {
        return files(folder, which).stream().map(SourceFile::text).toList();
    }

    /** The same file name with other text, as an author's edit would arrive. */
    public static SourceFile edited(SourceFile original, String text) {
        return new SourceFile(original.path(), original.baseName(), text);
    }
}
