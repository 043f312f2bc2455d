package org.kefuacademy.curriculum;

import java.util.List;
import org.kefuacademy.platform.content.RenderedDocument;

/** Everything the reader shows for one version of a page. */
public record ModulePage(ModuleSummary module, long versionId, int versionNo, List<String> objectives,
                         RenderedDocument rendered, String resumeAnchor, boolean completed, String previousKey,
                         String nextKey) {

    public ModulePage {
        objectives = List.copyOf(objectives);
    }
}
