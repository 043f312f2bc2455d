package org.kefuacademy.roleplay.reply;

import org.kefuacademy.platform.Competence;

/** A lexicon group found in a reply: which phrase matched what, why it matters, and what it is worth. */
public record Hit(Lexicon.Category category, String groupId, String label, String reason, String phrase,
                  String matched, Competence competence, int points, int mood) {
}
