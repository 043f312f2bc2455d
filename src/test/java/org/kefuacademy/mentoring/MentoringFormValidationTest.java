package org.kefuacademy.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.Refusals.refused;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.mentoring.domain.MentoringSession;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The assignment and session forms: dates in range, text trimmed and within its column, refusals store nothing. */
class MentoringFormValidationTest extends DatabaseTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    @Autowired
    MentorAssignmentService assignments;
    @Autowired
    MentoringSessionService sessions;
    @Autowired
    CohortService cohorts;

    AccountSummary hr;
    AccountSummary mentor;
    AccountSummary trainee;

    @BeforeEach
    void aMentorAndATrainee() {
        clock.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
        hr = newAccount("人事赵", Role.HR);
        mentor = newAccount("师傅孙", Role.TRAINER);
        trainee = newAccount("学员李", Role.TRAINEE);
        signInAs(hr);
        cohorts.create(new CohortDraft(unique("师带徒校验"), START, Set.of(trainee.id()), Set.of()));
    }

    @Test
    void an_assignment_needs_a_usable_start_date_and_existing_people() {
        refused(() -> assignments.assign(trainee.id(), mentor.id(), LocalDate.of(26, 11, 2)), "form.date-out-of-range",
                LocalDate.of(26, 11, 2), LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
        refused(() -> assignments.assign(trainee.id(), -7L, START), "account.not-found", -7L);
        refused(() -> assignments.assign(-8L, mentor.id(), START), "account.not-found", -8L);
        assertThat(sessions.historyOf(trainee.id()).assignments()).isEmpty();

        assignments.assign(trainee.id(), mentor.id(), START);
        refused(() -> assignments.end(trainee.id(), LocalDate.of(12026, 1, 1)), "form.date-out-of-range",
                LocalDate.of(12026, 1, 1), LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
        assertThat(sessions.historyOf(trainee.id()).assignments().getFirst().endedOn()).isNull();
    }

    @Test
    void session_text_is_trimmed_limited_to_its_columns_and_a_refusal_logs_nothing() {
        assignments.assign(trainee.id(), mentor.id(), START);
        signInAs(mentor);
        LocalDate day = LocalDate.of(2026, 11, 4);
        refused(() -> sessions.log(trainee.id(), new SessionDraft(day, "题".repeat(MentoringSession.TOPIC_MAX + 1), "记录", null)),
                "mentoring.topic-too-long", MentoringSession.TOPIC_MAX);
        refused(() -> sessions.log(trainee.id(), new SessionDraft(day, "报修", "记".repeat(MentoringSession.NOTES_MAX + 1), null)),
                "mentoring.notes-too-long", MentoringSession.NOTES_MAX);
        refused(() -> sessions.log(trainee.id(), new SessionDraft(day, "报修", "记录", "下".repeat(MentoringSession.NEXT_STEPS_MAX + 1))),
                "mentoring.next-steps-too-long", MentoringSession.NEXT_STEPS_MAX);
        refused(() -> sessions.log(trainee.id(), new SessionDraft(day, "  ", "记录", null)), "mentoring.topic-required",
                MentoringSession.TOPIC_MAX);
        refused(() -> sessions.log(trainee.id(), new SessionDraft(day, "报修\u0008", "记录", null)), "form.bad-characters", 3, "U+0008");
        signInAs(hr);
        assertThat(sessions.historyOf(trainee.id()).sessions()).isEmpty();

        signInAs(mentor);
        String topic = "题".repeat(MentoringSession.TOPIC_MAX);
        String notes = "记".repeat(MentoringSession.NOTES_MAX);
        SessionEntry logged = sessions.log(trainee.id(), new SessionDraft(day, " " + topic + "\n", notes, "   "));
        assertThat(logged.topic()).isEqualTo(topic);
        assertThat(logged.notes()).isEqualTo(notes);
        assertThat(logged.nextSteps()).isNull();
    }
}
