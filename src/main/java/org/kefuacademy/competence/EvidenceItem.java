package org.kefuacademy.competence;

import java.time.Instant;
import org.kefuacademy.platform.Competence;

/** One piece of evidence for one competence: where it came from, what it scored, when. */
public record EvidenceItem(long id, Competence competence, String sourceKind, String label, double earned, double possible,
                           Instant recordedAt) {
}
