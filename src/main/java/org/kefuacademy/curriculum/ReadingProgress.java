package org.kefuacademy.curriculum;

/** A person's reading at a glance: modules completed, modules in the curriculum, seconds spent reading. */
public record ReadingProgress(int completed, int modules, long secondsSpent) {
}
