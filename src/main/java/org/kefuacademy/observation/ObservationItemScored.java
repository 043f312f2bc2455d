package org.kefuacademy.observation;

import java.time.Instant;
import java.util.List;
import org.kefuacademy.platform.Competence;

/** Published for every item a trainer scores while observing: evidence for the item's competences. */
public record ObservationItemScored(long observationId, int itemNo, long accountId, String checklistKey, String itemText,
                                   List<Competence> competences, int earned, int possible, Instant at) {

    public ObservationItemScored {
        competences = List.copyOf(competences);
    }
}
