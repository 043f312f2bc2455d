package org.kefuacademy.evaluation;

import java.util.Map;

/**
 * A survey as the trainee's form shows it: the slot, the template version to answer (the one answered
 * before, if any), and the answers given so far by question number.
 */
public record SurveySheet(SurveySlot slot, long templateVersionId, SurveyTemplate template, Map<Integer, Integer> scores,
                          Map<Integer, String> texts) {
    public SurveySheet {
        scores = Map.copyOf(scores);
        texts = Map.copyOf(texts);
    }
}
