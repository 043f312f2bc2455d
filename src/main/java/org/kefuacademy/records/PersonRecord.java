package org.kefuacademy.records;

import java.util.List;
import org.kefuacademy.assessment.AttemptSummary;
import org.kefuacademy.certificate.CertificateRow;
import org.kefuacademy.certificate.FinalResult;
import org.kefuacademy.mentoring.MentoringHistory;
import org.kefuacademy.curriculum.ReadingProgress;
import org.kefuacademy.evaluation.PersonSurveyResponse;
import org.kefuacademy.observation.ObservationSummary;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.Membership;
import org.kefuacademy.performance.ReviewEntry;
import org.kefuacademy.roleplay.RunSummary;

/** Everything the features recorded about one person, as the record page shows it. */
public record PersonRecord(AccountSummary person, List<CohortSummary> cohorts, ReadingProgress reading,
                           List<AttemptSummary> attempts, List<RunSummary> runs, List<ObservationSummary> observations,
                           FinalResult finalResult, List<CertificateRow> certificates, List<SummaryWeek> summaries,
                           MentoringHistory mentoring, List<ReviewEntry> reviews,
                           List<PersonSurveyResponse> surveys, List<Membership> memberships) {

    public PersonRecord {
        cohorts = List.copyOf(cohorts);
        attempts = List.copyOf(attempts);
        runs = List.copyOf(runs);
        observations = List.copyOf(observations);
        certificates = List.copyOf(certificates);
        summaries = List.copyOf(summaries);
        reviews = List.copyOf(reviews);
        surveys = List.copyOf(surveys);
        memberships = List.copyOf(memberships);
    }
}
