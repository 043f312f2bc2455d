package org.kefuacademy.roleplay;

import java.util.List;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.roleplay.engine.Channel;

/** A scenario in the trainee's list, with the signed-in person's own record on it. */
public record ScenarioCard(String key, String title, Channel channel, int week, int difficulty, boolean assessed,
                           String summary, List<Competence> competences, int decisions, int myRuns, Integer myBest,
                           int assessedRunsLeft, Long unfinishedRunId) {

    public ScenarioCard {
        competences = List.copyOf(competences);
    }
}
