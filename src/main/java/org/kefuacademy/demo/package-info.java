/**
 * Demo data for the default profile: realistic people and a cohort part-way through its month,
 * created through the features' own services (so it obeys the same rules as real input).
 * Absent from the {@code prod} profile.
 */
package org.kefuacademy.demo;
