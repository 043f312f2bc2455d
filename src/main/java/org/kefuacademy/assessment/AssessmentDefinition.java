package org.kefuacademy.assessment;

import java.util.List;
import java.util.Set;

/**
 * An assessment as a file defines it: which questions are drawn from which banks, when it opens
 * in the cohort's month, the time limit, pass mark, attempts and shuffling.
 */
public record AssessmentDefinition(String id, String title, Integer week, Opens opens, int timeLimitMinutes, int passMark,
                                   int attempts, boolean shuffleQuestions, boolean shuffleOptions, Review review,
                                   List<Draw> draws, String description, String sourcePath) {

    /**
     * What a trainee sees after submitting: everything (answers, right answers, explanations),
     * only their answers marked right or wrong, or only the score. Trainers and HR see everything.
     */
    public enum Review {
        FULL("full"), ANSWERS("answers"), SCORE("score");

        private final String id;

        Review(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** When it opens: the last training day of its week, or the final (16th) day. */
    public enum Opens {
        WEEK_END("week-end"), FINAL_DAY("final-day");

        private final String id;

        Opens(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Draw {@code count} questions at random from a bank, optionally only of some types and of one topic. */
    public record Draw(String bank, int count, Set<QuestionType> types, String topic) {
        public Draw {
            types = Set.copyOf(types);
        }

        public Draw(String bank, int count, Set<QuestionType> types) {
            this(bank, count, types, null);
        }

        public boolean accepts(Question q) {
            return (types.isEmpty() || types.contains(q.type())) && (topic == null || topic.equals(q.topic()));
        }
    }

    public AssessmentDefinition {
        draws = List.copyOf(draws);
    }

    public int questionCount() {
        return draws.stream().mapToInt(Draw::count).sum();
    }
}
