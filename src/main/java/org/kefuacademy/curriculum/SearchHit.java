package org.kefuacademy.curriculum;

/** A page that contains the searched phrase, with the text around its first occurrence. */
public record SearchHit(ModuleSummary module, String snippet) {
}
