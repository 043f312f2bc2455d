/**
 * Reports for HR (and trainers, for their own cohorts): the training dashboard (培训看板) with cohort
 * progress, weekly pass rates and averages, weakest competences and overdue trainees, drawn from
 * other features' aggregate services. Depends on records; records never depends on reports.
 */
package org.kefuacademy.reports;
