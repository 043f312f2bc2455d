package org.kefuacademy.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.StoredVersion;
import org.springframework.stereotype.Component;

/**
 * Questions as an attempt saw them: a stored bank version parsed once and kept (versions never
 * change, so the cache is never stale). Also parses assessment versions.
 */
@Component
class QuestionBanks {
    private static final int CACHE_SIZE = 256;
    private final ContentVersionService versions;
    private final Map<Long, Object> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Object> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    QuestionBanks(ContentVersionService versions) {
        this.versions = versions;
    }

    QuestionBank version(long versionId) {
        return (QuestionBank) cached(versionId, v -> new QuestionBankParser().parse(source(v)).bank());
    }

    AssessmentDefinition assessment(long versionId) {
        return (AssessmentDefinition) cached(versionId, v -> new AssessmentDefinitionParser().parse(source(v)).definition());
    }

    Question question(long bankVersionId, String questionId) {
        return version(bankVersionId).questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("question " + questionId + " missing from version " + bankVersionId));
    }

    private Object cached(long versionId, java.util.function.Function<StoredVersion, Object> parse) {
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

    private static SourceFile source(StoredVersion v) {
        String name = v.sourcePath() == null ? v.key() : v.sourcePath().substring(v.sourcePath().lastIndexOf('/') + 1);
        return new SourceFile(v.sourcePath(), name.replaceFirst("\\.md$", ""), v.body());
    }
}
