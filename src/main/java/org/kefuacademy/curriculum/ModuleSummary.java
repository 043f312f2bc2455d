package org.kefuacademy.curriculum;

import java.util.List;
import org.kefuacademy.platform.Competence;

/** A page of the curriculum as lists show it. */
public record ModuleSummary(String key, PageKind kind, Integer week, Integer day, String title, String summary,
                            int minutes, List<Competence> competences, boolean active, long currentVersionId) {

    public ModuleSummary {
        competences = List.copyOf(competences);
    }
}
