package org.kefuacademy.evaluation;

import java.time.Instant;

/** An open answer in a cohort's survey; {@code personName} is null for trainers, who read feedback anonymously. */
public record OpenAnswer(String personName, int questionNo, String question, String text, Instant answeredAt) {
}
