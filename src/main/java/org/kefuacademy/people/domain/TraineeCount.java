package org.kefuacademy.people.domain;

/** How many active trainees a cohort has, counted in the database. */
public record TraineeCount(Long cohortId, Long trainees) {
}
