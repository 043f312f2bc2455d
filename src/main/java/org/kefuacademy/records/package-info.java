/**
 * HR records: one page per person gathering what every feature recorded about them (reading,
 * attempts, role-play runs, observations, the final assessment, certificates), with each opening
 * written to the audit log; trainers may open only the trainees of their own cohorts. Also the
 * person's PDF transcript, the personal data export and anonymisation with its retention rule
 * (PIPL, see docs/privacy.md), which reach every feature through its PersonalDataSource.
 */
package org.kefuacademy.records;
