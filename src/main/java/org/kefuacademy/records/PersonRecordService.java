package org.kefuacademy.records;

import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.kefuacademy.assessment.TraineeAssessments;
import org.kefuacademy.certificate.CertificateService;
import org.kefuacademy.certificate.FinalAssessmentService;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.mentoring.MentoringSessionService;
import org.kefuacademy.evaluation.SurveyService;
import org.kefuacademy.observation.ObservationService;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.performance.PerformanceReviewService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.roleplay.RunReviewService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a person's record: HR and administrators anyone's, a trainer only a trainee of one of their
 * cohorts. Every opening is written to the audit log.
 */
@Service
@Transactional
public class PersonRecordService {
    private final AccountService accounts;
    private final CohortService cohorts;
    private final CurriculumService curriculum;
    private final TraineeAssessments assessments;
    private final RunReviewService roleplay;
    private final ObservationService observations;
    private final FinalAssessmentService finals;
    private final CertificateService certificates;
    private final WeeklySummaryService summaries;
    private final MentoringSessionService mentoring;
    private final PerformanceReviewService reviews;
    private final SurveyService surveys;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    PersonRecordService(AccountService accounts, CohortService cohorts, CurriculumService curriculum, TraineeAssessments assessments,
                        RunReviewService roleplay, ObservationService observations, FinalAssessmentService finals,
                        CertificateService certificates, WeeklySummaryService summaries, MentoringSessionService mentoring,
                        PerformanceReviewService reviews, SurveyService surveys, AuditLog audit, CurrentUser currentUser) {
        this.summaries = summaries;
        this.mentoring = mentoring;
        this.reviews = reviews;
        this.surveys = surveys;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.curriculum = curriculum;
        this.assessments = assessments;
        this.roleplay = roleplay;
        this.observations = observations;
        this.finals = finals;
        this.certificates = certificates;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public PersonRecord record(long accountId) {
        PersonRecord record = gather(accountId);
        audit.record(AuditLog.VIEW_RECORD, accountId, record.person().displayName());
        return record;
    }

    /** The record, access checked, without an audit line: callers such as the transcript write their own. */
    PersonRecord gather(long accountId) {
        var me = currentUser.require();
        boolean hrOrAdmin = me.hasRole(Role.HR) || me.hasRole(Role.ADMIN);
        if (!hrOrAdmin && !cohorts.trains(me.accountId(), accountId)) {
            throw new AccessDeniedException("not a trainee of your cohorts");
        }
        AccountSummary person = accounts.findAll(Set.of(accountId)).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("no such person"));
        return new PersonRecord(person, cohorts.cohortsOf(accountId), curriculum.progressOf(accountId),
                assessments.attemptsOf(accountId), roleplay.runsOf(accountId), observations.of(accountId),
                finals.result(accountId), certificates.ofAccount(accountId), summaries.ofPerson(accountId, person.displayName()),
                mentoring.historyOf(accountId), reviews.historyOf(accountId), surveys.ofPerson(accountId),
                cohorts.membershipsOf(accountId));
    }
}
