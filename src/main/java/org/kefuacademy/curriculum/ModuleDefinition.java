package org.kefuacademy.curriculum;

import java.util.List;
import org.kefuacademy.platform.Competence;

/** A module file after parsing and validation: front matter plus the Markdown body. */
public record ModuleDefinition(String key, PageKind kind, Integer week, Integer day, String title, String summary,
                               int minutes, List<Competence> competences, List<String> objectives, String body,
                               String sourcePath) {

    public ModuleDefinition {
        competences = List.copyOf(competences);
        objectives = List.copyOf(objectives);
    }

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SUMMARY_MAX_LENGTH = 300;
}
