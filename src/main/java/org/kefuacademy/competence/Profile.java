package org.kefuacademy.competence;

import java.util.List;

/** A person's competence profile: one standing per competence, and the rules it was computed by. */
public record Profile(long accountId, String personName, List<CompetenceStanding> standings, ProfileRules rules) {

    public Profile {
        standings = List.copyOf(standings);
    }
}
