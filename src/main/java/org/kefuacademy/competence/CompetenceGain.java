package org.kefuacademy.competence;

import org.kefuacademy.platform.Competence;

/**
 * A cohort's average standing in one competence at the end of its first week and now, over the trainees
 * who had evidence for it at both times (so the two figures compare the same people).
 */
public record CompetenceGain(Competence competence, Integer baselinePercent, Integer latestPercent, int people) {

    public Integer gain() {
        return baselinePercent == null || latestPercent == null ? null : latestPercent - baselinePercent;
    }
}
