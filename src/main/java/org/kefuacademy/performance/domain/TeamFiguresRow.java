package org.kefuacademy.performance.domain;

/** Averages and target counts over a set of reviews, computed in the database (nulls when there are none). */
public record TeamFiguresRow(Long reviews, Double attitude, Double efficiency, Double complaint, Double satisfaction,
                             Double handled, Double responseHours, Long metSatisfaction, Long metHandled, Long metResponse) {
}
