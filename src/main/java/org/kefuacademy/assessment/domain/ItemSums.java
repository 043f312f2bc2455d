package org.kefuacademy.assessment.domain;

/**
 * Sums over a question's graded answers, computed in the database in one grouped query:
 * x = share of the item's points earned, y = the attempt's percentage.
 */
public record ItemSums(String questionId, Long bankVersionId, Long n, Double sumX, Double sumY, Double sumXY,
                       Double sumXX, Double sumYY) {
}
