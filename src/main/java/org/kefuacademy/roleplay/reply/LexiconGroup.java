package org.kefuacademy.roleplay.reply;

import java.util.List;
import java.util.Optional;
import org.kefuacademy.platform.Competence;

/**
 * A group of phrasings that mean one thing (a service step, a kind of polite phrase or of taboo),
 * with the reason shown to the trainee and, for polite and taboo groups, what a hit is worth.
 */
public record LexiconGroup(String id, String label, String reason, Competence competence, int points, int mood,
                           List<Phrase> phrases) {

    public LexiconGroup {
        phrases = List.copyOf(phrases);
    }

    /** The first phrase of the group found in the normalised text, with the matched stretch. */
    public Optional<Hit> findIn(String normalizedText, Lexicon.Category category) {
        for (Phrase phrase : phrases) {
            Optional<String> match = phrase.findIn(normalizedText);
            if (match.isPresent()) {
                return Optional.of(new Hit(category, id, label, reason, phrase.source(), match.get(), competence, points, mood));
            }
        }
        return Optional.empty();
    }
}
