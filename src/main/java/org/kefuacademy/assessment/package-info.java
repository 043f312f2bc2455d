/**
 * Assessments: question banks and assessment definitions loaded from {@code content/quizzes/}
 * through the platform's content pipeline, grading per question type, and (growing) the attempt
 * engine, weekly and final exams, manual grading and item statistics.
 */
package org.kefuacademy.assessment;
