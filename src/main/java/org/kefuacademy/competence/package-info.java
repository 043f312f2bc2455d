/**
 * Competences: the framework (names, descriptions, rules) from {@code content/competences/}, the
 * evidence ledger filled from other features' events (graded answers, scored role-play steps,
 * observed drill items), and profiles computed from the evidence by the framework's stated rules.
 */
package org.kefuacademy.competence;
