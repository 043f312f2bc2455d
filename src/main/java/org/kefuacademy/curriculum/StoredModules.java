package org.kefuacademy.curriculum;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.StoredVersion;

/**
 * Stored module versions, parsed once each. A version never changes, yet every page open used to parse
 * it again (front matter and a full Markdown parse for the link check), which cost far more than the
 * 1 ms a page open from cache may take (docs/PERFORMANCE.md, "Micro-benchmarks (JMH)"). Keyed by the
 * text's hash with its key and path, the parser's only inputs, so a reused id can never return another
 * text's module. Plain Java, thread-safe.
 */
public final class StoredModules {
    private static final int CACHE_SIZE = 512;

    private final ModuleParser parser;
    private final Map<String, Optional<ModuleDefinition>> parsed = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<ModuleDefinition>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public StoredModules(MarkdownRenderer markdown) {
        this.parser = new ModuleParser(markdown);
    }

    /** The module a stored version holds; empty when its text does not parse (any more). */
    public Optional<ModuleDefinition> definition(StoredVersion version) {
        String cacheKey = version.key() + "\n" + version.sourcePath() + "\n" + version.hash();
        synchronized (parsed) {
            Optional<ModuleDefinition> known = parsed.get(cacheKey);
            if (known != null) {
                return known;
            }
        }
        // Links were checked when the version was stored; the files they point to may have moved since.
        Optional<ModuleDefinition> def = Optional.ofNullable(parser.parse(
                new SourceFile(version.sourcePath(), version.key(), version.body()), p -> true).definition());
        synchronized (parsed) {
            parsed.put(cacheKey, def);
        }
        return def;
    }
}
