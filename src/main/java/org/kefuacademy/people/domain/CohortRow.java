package org.kefuacademy.people.domain;

import java.time.LocalDate;

/** Projection of a cohort with member counts, for lazy grids. */
public record CohortRow(Long id, String name, LocalDate startDate, Long traineeCount, Long trainerCount) {
}
