/**
 * Performance reviews (绩效考核): a supervisor reviews a person for a period on the department's
 * dimensions (service attitude, efficiency, complaint handling) and quality targets (owner
 * satisfaction, complaints handled, response time), with comments, rewards and corrective actions;
 * history per person and per team (a cohort).
 */
package org.kefuacademy.performance;
