/**
 * People: accounts and their roles, sign-in, password policy, and cohorts (培训批次) with their
 * trainees and trainers. Other features use {@link org.kefuacademy.people.AccountService} and
 * {@link org.kefuacademy.people.CohortService}, never the entities in {@code domain}.
 */
package org.kefuacademy.people;
