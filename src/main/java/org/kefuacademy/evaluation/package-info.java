/**
 * Training evaluation (培训效果评估): feedback survey templates loaded from {@code content/surveys/}, the
 * trainees' weekly and final responses, the aggregates HR and trainers read, and the training-effect
 * report per cohort built from the assessment, competence and survey figures.
 */
package org.kefuacademy.evaluation;
