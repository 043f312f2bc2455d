/**
 * Role-play simulators: scenarios and reply-analysis lexicons loaded from {@code content/scenarios/}
 * and {@code content/lexicon/} through the platform's content pipeline; the plain-Java engine
 * ({@code engine}) and reply analysis ({@code reply}); runs stored step by step with their scores,
 * debriefs, trainers' reviews and overrides, events for competence tracking, xAPI export.
 */
package org.kefuacademy.roleplay;
