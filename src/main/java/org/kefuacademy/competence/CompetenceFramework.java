package org.kefuacademy.competence;

import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Competence;

/**
 * The framework as its file states it: what each competence is and what demonstrates it, and the
 * rules by which evidence becomes a profile.
 */
public record CompetenceFramework(String id, String title, String introduction, ProfileRules rules,
                                  Map<Competence, Description> competences) {

    public CompetenceFramework {
        competences = Map.copyOf(competences);
    }

    /** One competence as the framework describes it. */
    public record Description(String name, String nameEn, String text, List<String> demonstratedBy) {
        public Description {
            demonstratedBy = List.copyOf(demonstratedBy);
        }
    }
}
