/**
 * Observation checklists (week-4 drills, the oral interview, the attitude rating) loaded from
 * {@code content/observations/}, and the scores trainers record while watching; each scored item is
 * published as evidence for its competences.
 */
package org.kefuacademy.observation;
