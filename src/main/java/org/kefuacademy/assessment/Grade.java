package org.kefuacademy.assessment;

/** The score of one answer: points earned of the question's points, or waiting for a trainer. */
public record Grade(double earned, int max, Result result) {

    public enum Result { CORRECT, PARTIAL, WRONG, UNANSWERED, PENDING }

    public static Grade of(double earned, int max) {
        double rounded = Math.round(earned * 100) / 100.0;
        Result result = rounded >= max ? Result.CORRECT : rounded > 0 ? Result.PARTIAL : Result.WRONG;
        return new Grade(Math.min(rounded, max), max, result);
    }

    public static Grade unanswered(int max) {
        return new Grade(0, max, Result.UNANSWERED);
    }

    public static Grade pending(int max) {
        return new Grade(0, max, Result.PENDING);
    }
}
