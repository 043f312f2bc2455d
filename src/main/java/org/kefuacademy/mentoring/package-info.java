/**
 * Mentoring (师带徒): HR assigns a mentor (a trainer) to a trainee, the mentor logs the sessions they
 * held, and the trainee confirms each one; reassigning ends the previous assignment but keeps it.
 */
package org.kefuacademy.mentoring;
