package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kefuacademy.assessment.AssessmentOverview.Availability;
import org.kefuacademy.assessment.domain.AssessmentEntry;
import org.kefuacademy.assessment.domain.AssessmentEntryRepository;
import org.kefuacademy.assessment.domain.Attempt;
import org.kefuacademy.assessment.domain.AttemptRepository;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.curriculum.LearningPlan;
import org.kefuacademy.curriculum.PlanDay;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.MyCohort;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainee's assessments: when each opens in the cohort's month (the week's last training day,
 * or the final day), whether the cohort's rule wants the week's modules first, attempts used.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class TraineeAssessments {
    private final AssessmentEntryRepository assessments;
    private final AttemptRepository attempts;
    private final AttemptFinisher finisher;
    private final CohortService cohorts;
    private final CurriculumService curriculum;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessScope scope;

    TraineeAssessments(AssessmentEntryRepository assessments, AttemptRepository attempts, AttemptFinisher finisher,
                       CohortService cohorts, CurriculumService curriculum, CurrentUser currentUser, Clock clock,
                       AccessScope scope) {
        this.scope = scope;
        this.assessments = assessments;
        this.attempts = attempts;
        this.finisher = finisher;
        this.cohorts = cohorts;
        this.curriculum = curriculum;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The assessments of the trainee's month: when each opens and what is left of it. */
    @RolesAllowed(Roles.TRAINEE)
    public List<AssessmentOverview> mine() {
        long me = currentUser.accountId();
        Optional<MyCohort> cohort = myCohort();
        Optional<LearningPlan> plan = cohort.filter(MyCohort::assessmentNeedsModules).flatMap(c -> curriculum.myPlan());
        LocalDate today = LocalDate.now(clock);
        List<AssessmentOverview> list = new ArrayList<>();
        for (AssessmentEntry a : assessments.findByActiveTrueOrderByAssessmentKey()) {
            List<Attempt> tries = attempts.findByAccountIdAndAssessmentKeyOrderByAttemptNo(me, a.getAssessmentKey());
            tries.forEach(finisher::finishIfOverdue);
            LocalDate opensOn = cohort.map(c -> opensOn(a, c.cohort().calendar())).orElse(null);
            Long inProgress = tries.stream().filter(t -> t.getStatus() == Attempt.Status.IN_PROGRESS)
                    .map(Attempt::getId).findFirst().orElse(null);
            Availability availability = availability(a, cohort, plan, opensOn, today, tries, inProgress);
            var best = tries.stream().map(Attempt::getScorePercent).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            boolean passed = tries.stream().anyMatch(t -> Boolean.TRUE.equals(t.getPassed()));
            list.add(new AssessmentOverview(a.getAssessmentKey(), a.getTitle(), a.getWeekNo(), opensOn, availability,
                    a.getTimeLimitMinutes(), a.getPassMark(), a.getAttemptsAllowed(), tries.size(), inProgress, best, passed,
                    a.getQuestionCount()));
        }
        list.sort(Comparator.comparing((AssessmentOverview o) -> o.week() == null ? 99 : o.week()));
        return list;
    }

    /** The signed-in trainee's attempts, newest first. */
    @RolesAllowed(Roles.TRAINEE)
    @Transactional(readOnly = true)
    public List<AttemptSummary> myAttempts() {
        return attemptsOfAccount(currentUser.accountId());
    }

    /** A person's attempts, for HR and administrators, or a trainer of the person's cohort. */
    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<AttemptSummary> attemptsOf(long accountId) {
        scope.requireReadable(accountId);
        return attemptsOfAccount(accountId);
    }

    private List<AttemptSummary> attemptsOfAccount(long accountId) {
        return attempts.findByAccountIdOrderByStartedAtDesc(accountId).stream()
                .map(a -> new AttemptSummary(a.getId(), a.getAssessmentKey(), a.getAttemptNo(), a.getStartedAt(),
                        a.getSubmittedAt(), a.getStatus() == Attempt.Status.IN_PROGRESS,
                        a.getStatus() == Attempt.Status.GRADED, a.getScorePercent(), a.getPassed()))
                .toList();
    }

    private Optional<MyCohort> myCohort() {
        return cohorts.mine().stream().filter(c -> !c.asTrainer()).findFirst();
    }

    static LocalDate opensOn(AssessmentEntry a, TrainingCalendar calendar) {
        return AssessmentDefinition.Opens.FINAL_DAY.id().equals(a.getOpens()) || a.getWeekNo() == null
                ? calendar.dateOf(TrainingCalendar.WEEKS, TrainingCalendar.DAYS_PER_WEEK)
                : calendar.dateOf(a.getWeekNo(), TrainingCalendar.DAYS_PER_WEEK);
    }

    private static Availability availability(AssessmentEntry a, Optional<MyCohort> cohort, Optional<LearningPlan> plan,
                                             LocalDate opensOn, LocalDate today, List<Attempt> tries, Long inProgress) {
        if (cohort.isEmpty()) {
            return Availability.NO_COHORT;
        }
        if (inProgress != null) {
            return Availability.IN_PROGRESS;
        }
        if (today.isBefore(opensOn)) {
            return Availability.NOT_YET;
        }
        if (tries.stream().anyMatch(t -> Boolean.TRUE.equals(t.getPassed()))) {
            return Availability.PASSED;
        }
        if (tries.size() >= a.getAttemptsAllowed()) {
            return Availability.NO_ATTEMPTS_LEFT;
        }
        if (plan.isPresent()) {
            List<PlanDay> needed = a.getWeekNo() == null ? plan.get().days() : plan.get().week(a.getWeekNo());
            if (!needed.stream().allMatch(PlanDay::done)) {
                return Availability.MODULES_FIRST;
            }
        }
        return Availability.OPEN;
    }
}
