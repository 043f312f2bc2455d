package org.kefuacademy.roleplay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.roleplay.domain.LexiconEntry;
import org.kefuacademy.roleplay.domain.LexiconEntryRepository;
import org.kefuacademy.roleplay.engine.Scenario;
import org.kefuacademy.roleplay.engine.ScenarioParser;
import org.kefuacademy.roleplay.reply.Lexicon;
import org.kefuacademy.roleplay.reply.LexiconParser;
import org.kefuacademy.roleplay.reply.ReplyAnalyzer;
import org.springframework.stereotype.Component;

/**
 * Scenarios and lexicons as stored versions, parsed once and kept (a version never changes, so
 * the cache is never stale), and the reply analyser built from the active lexicons.
 */
@Component
class Scenarios {
    private static final int CACHE_SIZE = 128;
    private final ContentVersionService versions;
    private final LexiconEntryRepository lexicons;
    private final Map<Long, Object> cache = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Object> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    Scenarios(ContentVersionService versions, LexiconEntryRepository lexicons) {
        this.versions = versions;
        this.lexicons = lexicons;
    }

    Scenario scenario(long versionId) {
        return (Scenario) cached(versionId, v -> new ScenarioParser().parse(source(v, RoleplayContentSync.SCENARIO_FOLDER)).scenario());
    }

    Lexicon lexicon(long versionId) {
        return (Lexicon) cached(versionId, v -> new LexiconParser().parse(source(v, RoleplayContentSync.LEXICON_FOLDER)).lexicon());
    }

    /** The analyser of the lexicons in use now; an empty lexicon stands in for a missing one (the reload report names it). */
    ReplyAnalyzer analyzer() {
        List<LexiconEntry> active = lexicons.findByActiveTrue();
        return new ReplyAnalyzer(active(active, Lexicon.Category.STEPS), active(active, Lexicon.Category.POLITE),
                active(active, Lexicon.Category.TABOO));
    }

    private Lexicon active(List<LexiconEntry> active, Lexicon.Category category) {
        return active.stream().filter(e -> e.getCategory().equals(category.id())).findFirst()
                .map(e -> lexicon(e.getCurrentVersionId()))
                .orElseGet(() -> new Lexicon("none", category, "", List.of()));
    }

    private static SourceFile source(StoredVersion v, String folder) {
        String name = v.key().startsWith(RoleplayContentSync.LEXICON_PREFIX) ? v.key().substring(RoleplayContentSync.LEXICON_PREFIX.length()) : v.key();
        return new SourceFile(folder + "/" + name + ".md", name, v.body());
    }

    private Object cached(long versionId, Function<StoredVersion, Object> parse) {
        synchronized (cache) {
            Object hit = cache.get(versionId);
            if (hit != null) {
                return hit;
            }
        }
        StoredVersion v = versions.find(versionId)
                .orElseThrow(() -> new IllegalStateException("content version " + versionId + " missing"));
        Object parsed = parse.apply(v);
        if (parsed == null) {
            throw new IllegalStateException("stored version " + versionId + " no longer parses");
        }
        synchronized (cache) {
            cache.put(versionId, parsed);
        }
        return parsed;
    }
}
