package org.kefuacademy.evaluation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kefuacademy.evaluation.domain.SurveyTemplateEntryRepository;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.SourceFile;
import org.springframework.stereotype.Component;

/** The templates in use and any stored version, each version parsed once (versions never change). */
@Component
class SurveyTemplates {
    /** A template in use and the version it comes from. */
    record Current(String key, long versionId, SurveyTemplate template) {
    }

    private final SurveyTemplateEntryRepository entries;
    private final ContentVersionService versions;
    private final Map<Long, SurveyTemplate> parsed = new ConcurrentHashMap<>();

    SurveyTemplates(SurveyTemplateEntryRepository entries, ContentVersionService versions) {
        this.entries = entries;
        this.versions = versions;
    }

    Optional<Current> current(SurveyTemplate.Kind kind) {
        return entries.findFirstBySurveyKindAndActiveTrueOrderByTemplateKey(kind.id())
                .map(e -> new Current(e.getTemplateKey(), e.getCurrentVersionId(), version(e.getCurrentVersionId())));
    }

    SurveyTemplate version(long versionId) {
        return parsed.computeIfAbsent(versionId, id -> versions.find(id).map(v -> new SurveyTemplateParser()
                        .parse(new SourceFile(SurveyContentSync.FOLDER + "/" + v.key() + ".md", v.key(), v.body())).template())
                .orElseThrow(() -> new IllegalStateException("survey template version " + id + " missing")));
    }
}
