/**
 * The home page each person lands on after signing in: who they are and, depending on their
 * roles, their cohort's day in the month or the cohorts they run. It only reads other features'
 * public services and grows as they land.
 */
package org.kefuacademy.home;
