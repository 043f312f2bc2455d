package org.kefuacademy.people;

/**
 * A trainee account a roster import created, with the initial password generated for it. The password
 * exists only in this record (the account keeps its hash): HR hands it over once.
 */
public record ImportedTrainee(long accountId, int line, String username, String displayName, String cohort,
                              String initialPassword) {
}
