package org.kefuacademy.mentoring;

import java.time.LocalDate;

/** A session as the mentor's form submits it. */
public record SessionDraft(LocalDate heldOn, String topic, String notes, String nextSteps) {
}
