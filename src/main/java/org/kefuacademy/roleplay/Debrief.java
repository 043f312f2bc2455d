package org.kefuacademy.roleplay;

import java.time.Instant;
import java.util.List;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.roleplay.engine.EndingKind;

/**
 * Everything about a run after the fact: the conversation, each step with its feedback, effects,
 * scores, analysis hits and trainers' reviews; the scores per competence; the ending and model answer
 * (already safe HTML).
 */
public record Debrief(RunView run, long accountId, String personName, Instant startedAt, Instant finishedAt,
                      List<StepDetail> steps, List<CompetenceScore> scores, int earnedTotal, int possibleTotal,
                      Integer scorePercent, EndingKind ending, String endingLine, String modelAnswerHtml) {

    public Debrief {
        steps = List.copyOf(steps);
        scores = List.copyOf(scores);
    }

    /** One step: what was asked and answered, why it was good or not, what it earned. */
    public record StepDetail(long stepId, int seq, String nodeId, String kind, String personaLine, String answer,
                             String feedback, String effects, Integer replyPercent, int moodBefore, int moodAfter,
                             int secondsTaken, Instant at, List<PointsLine> points, List<HitLine> hits, List<ReviewLine> reviews) {
        public StepDetail {
            points = List.copyOf(points);
            hits = List.copyOf(hits);
            reviews = List.copyOf(reviews);
        }
    }

    /** Points in one competence at one step; {@code overridden} is the trainer's figure, if any. */
    public record PointsLine(Competence competence, int earned, int possible, Integer overridden) {
        public int effective() {
            return overridden != null ? overridden : earned;
        }
    }

    /** A finding of the reply analysis: category STEP, MISSING, POLITE or TABOO, with the reason. */
    public record HitLine(String category, String groupId, String label, String reason, String phrase, String matched,
                          int points) {
    }

    /** A trainer's comment or override on a step. */
    public record ReviewLine(String author, Instant at, String comment, Competence competence, Integer oldEarned,
                             Integer newEarned) {
    }

    /** A competence over the whole run, overrides included. */
    public record CompetenceScore(Competence competence, int earned, int possible, int percent) {
    }
}
