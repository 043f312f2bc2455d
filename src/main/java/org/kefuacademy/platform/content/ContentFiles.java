package org.kefuacademy.platform.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Where content files come from: the directory {@code kefu.content.dir} (default {@code content}
 * in the working directory, i.e. the repository when run with Maven) when it exists, otherwise the
 * copy shipped inside the jar, so that {@code java -jar} works anywhere.
 */
@Component
public class ContentFiles {
    private static final Logger log = LoggerFactory.getLogger(ContentFiles.class);
    private static final long MAX_FILE_BYTES = 2_000_000;

    private final Path directory;

    public ContentFiles(@Value("${kefu.content.dir:content}") String directory) {
        Path dir = Path.of(directory).toAbsolutePath().normalize();
        this.directory = Files.isDirectory(dir) ? dir : null;
        log.info("Content is read from {}", this.directory != null ? this.directory : "the copy inside the application (classpath:content/)");
    }

    /** Where files are read from, for reports. */
    public String origin() {
        return directory != null ? directory.toString() : "classpath:content/";
    }

    /** Every file in {@code folder} (not its sub-folders) with the extension, sorted by name; a README is documentation, not content. */
    public List<SourceFile> list(String folder, String extension) {
        try {
            return directory != null ? fromDirectory(folder, extension) : fromClasspath(folder, extension);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read content folder " + folder, e);
        }
    }

    /** Whether a file exists at a path relative to a content folder (for links and images). */
    public boolean exists(String folder, String relativePath) {
        String normalised = Path.of(folder).resolve(relativePath).normalize().toString().replace('\\', '/');
        if (!normalised.startsWith(folder + "/")) {
            return false;
        }
        if (directory != null) {
            return Files.isRegularFile(directory.resolve(normalised));
        }
        return new PathMatchingResourcePatternResolver().getResource("classpath:content/" + normalised).exists();
    }

    /** Raw bytes of a file in a content folder, refusing anything outside it. */
    public Optional<byte[]> bytes(String folder, String relativePath) {
        if (!exists(folder, relativePath)) {
            return Optional.empty();
        }
        String normalised = Path.of(folder).resolve(relativePath).normalize().toString().replace('\\', '/');
        try {
            if (directory != null) {
                return Optional.of(Files.readAllBytes(directory.resolve(normalised)));
            }
            try (InputStream in = new PathMatchingResourcePatternResolver()
                    .getResource("classpath:content/" + normalised).getInputStream()) {
                return Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private List<SourceFile> fromDirectory(String folder, String extension) throws IOException {
        Path dir = directory.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).filter(p -> isContent(p.getFileName().toString(), extension))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                if (Files.size(p) > MAX_FILE_BYTES) {
                    log.warn("Skipping {}: larger than {} bytes", p, MAX_FILE_BYTES);
                    continue;
                }
                // Bytes that are not UTF-8 become U+FFFD; FrontMatter reports them with their line.
                files.add(source(folder, p.getFileName().toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    private List<SourceFile> fromClasspath(String folder, String extension) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:content/" + folder + "/*" + extension);
        List<SourceFile> files = new ArrayList<>();
        for (Resource r : resources) {
            if (r.getFilename() == null || !isContent(r.getFilename(), extension)) {
                continue;
            }
            try (InputStream in = r.getInputStream()) {
                files.add(source(folder, r.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    private static boolean isContent(String fileName, String extension) {
        return fileName.endsWith(extension) && !fileName.equalsIgnoreCase("README" + extension);
    }

    private static SourceFile source(String folder, String fileName, String text) {
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        return new SourceFile(folder + "/" + fileName, base, ContentHash.normalise(text));
    }
}
