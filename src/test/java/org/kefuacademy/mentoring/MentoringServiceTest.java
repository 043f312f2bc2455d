package org.kefuacademy.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Mentoring: HR assigns, the mentor logs for own mentees only, the trainee confirms only own sessions; reads are limited. */
class MentoringServiceTest extends DatabaseTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    @Autowired
    MentorAssignmentService assignments;
    @Autowired
    MentoringSessionService sessions;
    @Autowired
    CohortService cohorts;
    @Autowired
    List<PersonalDataSource> sources;

    AccountSummary hr;
    AccountSummary mentor;
    AccountSummary otherMentor;
    AccountSummary trainee;
    AccountSummary otherTrainee;
    AccountSummary cohortTrainer;
    AccountSummary strangerTrainer;

    @BeforeEach
    void people() {
        clock.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
        hr = newAccount("人事赵", Role.HR);
        mentor = newAccount("师傅孙", Role.TRAINER);
        otherMentor = newAccount("师傅钱", Role.TRAINER);
        trainee = newAccount("学员李", Role.TRAINEE);
        otherTrainee = newAccount("学员陈", Role.TRAINEE);
        cohortTrainer = newAccount("讲师王", Role.TRAINER);
        strangerTrainer = newAccount("讲师吴", Role.TRAINER);
        signInAs(hr);
        cohorts.create(new CohortDraft(unique("师带徒批次"), START, Set.of(trainee.id(), otherTrainee.id()), Set.of(cohortTrainer.id())));
        cohorts.create(new CohortDraft(unique("另一批次"), START, Set.of(), Set.of(strangerTrainer.id())));
    }

    @Test
    void reassigning_ends_the_current_mentoring_on_the_new_start_date_and_keeps_it() {
        signInAs(hr);
        MentorPair first = assignments.assign(trainee.id(), mentor.id(), START);
        assertThat(first.mentorName()).isEqualTo("师傅孙");
        assertThatThrownBy(() -> assignments.assign(trainee.id(), mentor.id(), START.plusDays(3)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("mentoring.already-mentor");
        assertThatThrownBy(() -> assignments.assign(trainee.id(), otherMentor.id(), START.minusDays(1)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("mentoring.start-before-previous");
        assertThatThrownBy(() -> assignments.assign(trainee.id(), otherTrainee.id(), START))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("mentoring.not-a-trainer");
        assertThatThrownBy(() -> assignments.assign(trainee.id(), mentor.id(), null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("mentoring.start-required");

        assignments.assign(trainee.id(), otherMentor.id(), START.plusDays(7));

        MentoringHistory history = sessions.historyOf(trainee.id());
        assertThat(history.assignments()).extracting(MentorPair::mentorName, MentorPair::startedOn, MentorPair::endedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("师傅钱", START.plusDays(7), null),
                        org.assertj.core.groups.Tuple.tuple("师傅孙", START, START.plusDays(7)));
        signInAs(mentor);
        assertThat(assignments.myMentees()).extracting(MentorPair::traineeId).doesNotContain(trainee.id());
        signInAs(otherMentor);
        assertThat(assignments.myMentees()).extracting(MentorPair::traineeId).containsExactly(trainee.id());
    }

    @Test
    void only_hr_and_administrators_assign_mentors() {
        signInAs(cohortTrainer);
        assertThatThrownBy(() -> assignments.assign(trainee.id(), mentor.id(), START)).isInstanceOf(AccessDeniedException.class);
        signInAs(trainee);
        assertThatThrownBy(() -> assignments.assign(trainee.id(), mentor.id(), START)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.pairs(false, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_mentor_logs_sessions_only_with_own_mentees_and_bad_input_stores_nothing() {
        signInAs(hr);
        assignments.assign(trainee.id(), mentor.id(), START);
        assignments.assign(otherTrainee.id(), otherMentor.id(), START);

        signInAs(mentor);
        SessionEntry logged = sessions.log(trainee.id(), draft(LocalDate.of(2026, 11, 4), "报修派单"));
        assertThat(logged.mentorName()).isEqualTo("师傅孙");
        assertThat(logged.traineeName()).isEqualTo("学员李");
        assertThat(logged.confirmed()).isFalse();
        assertThatThrownBy(() -> sessions.log(otherTrainee.id(), draft(LocalDate.of(2026, 11, 4), "越权记录")))
                .isInstanceOf(AccessDeniedException.class);
        refused(() -> sessions.log(trainee.id(), draft(LocalDate.of(2026, 11, 21), "未来")), "mentoring.date-future");
        refused(() -> sessions.log(trainee.id(), draft(LocalDate.of(2026, 11, 1), "开始前")), "mentoring.date-before-start");
        refused(() -> sessions.log(trainee.id(), draft(null, "无日期")), "mentoring.date-required");
        refused(() -> sessions.log(trainee.id(), draft(LocalDate.of(2026, 11, 4), "  ")), "mentoring.topic-required");
        refused(() -> sessions.log(trainee.id(), draft(LocalDate.of(2026, 11, 4), "长".repeat(101))), "mentoring.topic-too-long");
        refused(() -> sessions.log(trainee.id(), new SessionDraft(LocalDate.of(2026, 11, 4), "主题", "", null)), "mentoring.notes-required");
        refused(() -> sessions.log(trainee.id(), new SessionDraft(LocalDate.of(2026, 11, 4), "主题", "记".repeat(2001), null)),
                "mentoring.notes-too-long");
        refused(() -> sessions.log(trainee.id(), new SessionDraft(LocalDate.of(2026, 11, 4), "主题", "记录", "下".repeat(1001))),
                "mentoring.next-steps-too-long");
        assertThat(sessions.sessionsOf(trainee.id())).extracting(SessionEntry::topic).containsExactly("报修派单");

        signInAs(otherMentor);
        assertThatThrownBy(() -> sessions.edit(logged.id(), draft(LocalDate.of(2026, 11, 5), "改别人的")))
                .isInstanceOf(AccessDeniedException.class);
        signInAs(hr);
        assertThatThrownBy(() -> sessions.log(trainee.id(), draft(LocalDate.of(2026, 11, 4), "人事代记")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_trainee_confirms_only_own_sessions_and_a_confirmed_session_is_locked() {
        signInAs(hr);
        assignments.assign(trainee.id(), mentor.id(), START);
        signInAs(mentor);
        SessionEntry first = sessions.log(trainee.id(), draft(LocalDate.of(2026, 11, 4), "前台接待"));
        sessions.log(trainee.id(), draft(LocalDate.of(2026, 11, 11), "投诉处理"));
        SessionEntry edited = sessions.edit(first.id(), new SessionDraft(LocalDate.of(2026, 11, 5), "前台接待与登记", "改过的记录", "下一步"));
        assertThat(edited.heldOn()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(assignments.myMentees()).singleElement().satisfies(p -> {
            assertThat(p.sessions()).isEqualTo(2);
            assertThat(p.unconfirmed()).isEqualTo(2);
        });

        signInAs(otherTrainee);
        assertThatThrownBy(() -> sessions.confirm(first.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.mine().sessions()).isEmpty();
        assertThat(sessions.mine().hasMentor()).isFalse();

        signInAs(trainee);
        clock.setTo(LocalDateTime.of(2026, 11, 20, 18, 30));
        SessionEntry confirmed = sessions.confirm(first.id());
        assertThat(confirmed.confirmedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 18, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        MyMentoring mine = sessions.mine();
        assertThat(mine.mentorName()).isEqualTo("师傅孙");
        assertThat(mine.since()).isEqualTo(START);
        assertThat(mine.sessions()).extracting(SessionEntry::topic, SessionEntry::confirmed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("投诉处理", false), org.assertj.core.groups.Tuple.tuple("前台接待与登记", true));

        signInAs(mentor);
        refused(() -> sessions.edit(first.id(), draft(LocalDate.of(2026, 11, 6), "确认后修改")), "mentoring.confirmed-locked");
        assertThat(assignments.myMentees()).singleElement().satisfies(p -> assertThat(p.unconfirmed()).isEqualTo(1));
    }

    @Test
    void the_cohorts_trainer_and_hr_read_sessions_but_a_trainer_of_another_cohort_does_not() {
        signInAs(hr);
        assignments.assign(trainee.id(), mentor.id(), START);
        signInAs(mentor);
        sessions.log(trainee.id(), draft(LocalDate.of(2026, 11, 4), "电话接听"));

        signInAs(cohortTrainer);
        assertThat(sessions.sessionsOf(trainee.id())).hasSize(1);
        signInAs(hr);
        assertThat(sessions.historyOf(trainee.id()).assignments()).singleElement()
                .satisfies(p -> assertThat(p.sessions()).isEqualTo(1));
        signInAs(strangerTrainer);
        assertThatThrownBy(() -> sessions.sessionsOf(trainee.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.historyOf(trainee.id())).isInstanceOf(AccessDeniedException.class);
        signInAs(otherMentor);
        assertThatThrownBy(() -> sessions.sessionsOf(trainee.id())).isInstanceOf(AccessDeniedException.class);
        signInAs(trainee);
        assertThatThrownBy(() -> sessions.sessionsOf(trainee.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ending_a_mentoring_keeps_its_sessions_but_the_mentor_can_no_longer_log_or_edit() {
        signInAs(hr);
        assignments.assign(trainee.id(), mentor.id(), START);
        signInAs(mentor);
        SessionEntry open = sessions.log(trainee.id(), draft(LocalDate.of(2026, 11, 4), "前台接待"));
        signInAs(hr);
        refused(() -> assignments.end(trainee.id(), START.minusDays(1)), "mentoring.end-before-start");
        assignments.end(trainee.id(), LocalDate.of(2026, 11, 19));
        refused(() -> assignments.end(trainee.id(), LocalDate.of(2026, 11, 19)), "mentoring.no-mentor");
        assertThat(sessions.historyOf(trainee.id()).assignments()).singleElement()
                .satisfies(p -> assertThat(p.endedOn()).isEqualTo(LocalDate.of(2026, 11, 19)));

        signInAs(mentor);
        assertThat(assignments.myMentees()).isEmpty();
        assertThatThrownBy(() -> sessions.log(trainee.id(), draft(LocalDate.of(2026, 11, 19), "结束后"))).isInstanceOf(AccessDeniedException.class);
        refused(() -> sessions.edit(open.id(), draft(LocalDate.of(2026, 11, 5), "结束后修改")), "mentoring.ended");
        assertThat(sessions.sessionsOf(trainee.id())).extracting(SessionEntry::topic).containsExactly("前台接待");

        signInAs(trainee);
        assertThat(sessions.mine().hasMentor()).isFalse();
        assertThat(sessions.mine().sessions()).hasSize(1);
        assertThat(sessions.confirm(open.id()).confirmed()).isTrue();
    }

    @Test
    void the_personal_data_export_holds_every_session_and_anonymising_blanks_what_was_written() {
        signInAs(hr);
        assignments.assign(trainee.id(), mentor.id(), START);
        signInAs(mentor);
        sessions.log(trainee.id(), new SessionDraft(LocalDate.of(2026, 11, 4), "业主张先生的投诉", "学员李处理了张先生的漏水投诉", "回访张先生"));
        PersonalDataSource source = sources.stream().filter(s -> s.section().equals("mentoring")).findFirst().orElseThrow();
        assertThatThrownBy(() -> source.export(trainee.id())).isInstanceOf(AccessDeniedException.class);

        signInAs(hr);
        List<Map<String, Object>> rows = source.export(trainee.id());
        assertThat(rows).extracting(r -> r.get("kind")).containsExactly("assignment", "session");
        assertThat(rows.get(1)).containsEntry("notes", "学员李处理了张先生的漏水投诉").containsEntry("heldOn", LocalDate.of(2026, 11, 4));
        assertThat(source.export(mentor.id())).extracting(r -> r.get("as")).containsExactly("mentor", "mentor");

        source.anonymise(trainee.id());
        Map<String, Object> session = source.export(trainee.id()).get(1);
        assertThat(session.values()).noneMatch(v -> v instanceof String s && (s.contains("张") || s.contains("李")));
        assertThat(session).containsEntry("heldOn", LocalDate.of(2026, 11, 4)).containsEntry("nextSteps", null);
    }

    private static SessionDraft draft(LocalDate on, String topic) {
        return new SessionDraft(on, topic, "演练了受理、登记和派单，整体顺利。", "下周独立受理两单。");
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class).hasMessageContaining(key);
    }
}
