package org.kefuacademy.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.ContentRejectedException;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class CurriculumServiceTest extends DatabaseTest {
    /** A Monday: the cohort's week 2 day 3 is Wednesday 11 November. */
    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private static final String W1D1 = "w1d1-company-and-service-philosophy";
    private static final String W2D3 = "w2d3-appearance-and-conduct";

    @Autowired
    CurriculumService curriculum;
    @Autowired
    CohortService cohorts;
    @Autowired
    JdbcTemplate jdbc;

    private AccountSummary trainee;

    @BeforeEach
    void traineeInACohort() {
        trainee = newAccount("测试学员", Role.TRAINEE);
        signInAs(newAccount("人事", Role.HR));
        cohorts.create(new CohortDraft(unique("课程测试批次"), START, Set.of(trainee.id()), Set.of()));
        signInAs(trainee);
    }

    @Test
    void the_plan_follows_the_calendar_with_today_behind_and_upcoming_days() {
        clock.setTo(LocalDateTime.of(2026, 11, 11, 10, 0));
        LearningPlan plan = curriculum.myPlan().orElseThrow();

        assertThat(plan.days()).hasSize(16);
        assertThat(plan.days().getFirst().date()).isEqualTo(START);
        assertThat(plan.days()).filteredOn(d -> d.status() == PlanDay.Status.TODAY)
                .singleElement().satisfies(d -> assertThat(d.module().key()).isEqualTo(W2D3));
        assertThat(plan.days()).filteredOn(d -> d.status() == PlanDay.Status.BEHIND).hasSize(6);
        assertThat(plan.days()).filteredOn(d -> d.status() == PlanDay.Status.UPCOMING).hasSize(9);
        assertThat(plan.next().orElseThrow().module().key()).isEqualTo(W2D3);
    }

    @Test
    void completing_a_module_moves_the_week_and_month_progress_and_records_the_version_read() {
        clock.setTo(LocalDateTime.of(2026, 11, 2, 9, 0));
        ModulePage page = curriculum.open(W1D1);
        clock.setTo(LocalDateTime.of(2026, 11, 2, 15, 0));
        curriculum.complete(W1D1);

        LearningPlan plan = curriculum.myPlan().orElseThrow();
        assertThat(plan.progress(1)).isEqualTo(0.25);
        assertThat(plan.progress(0)).isEqualTo(1.0 / 16);
        assertThat(plan.days().getFirst().status()).isEqualTo(PlanDay.Status.DONE);
        assertThat(jdbc.queryForObject("select completed_version_id from module_progress where account_id = ? and content_key = ?",
                Long.class, trainee.id(), W1D1)).isEqualTo(page.versionId());
        assertThat(jdbc.queryForObject("select completed_at from module_progress where account_id = ? and content_key = ?",
                java.sql.Timestamp.class, trainee.id(), W1D1).toInstant()).isEqualTo(clock.instant());
    }

    @Test
    void reading_time_adds_up_but_one_report_counts_at_most_fifteen_minutes() {
        curriculum.open(W1D1);
        curriculum.recordReading(W1D1, 120, "sec-3");
        curriculum.recordReading(W1D1, 10 * 60 * 60, "sec-4");
        curriculum.recordReading(W1D1, -50, "<script>");

        assertThat(jdbc.queryForObject("select seconds_spent from module_progress where account_id = ? and content_key = ?",
                Integer.class, trainee.id(), W1D1)).isEqualTo(120 + 15 * 60);
        assertThat(curriculum.open(W1D1).resumeAnchor()).as("the last valid section is kept").isEqualTo("sec-4");
    }

    @Test
    void completing_twice_keeps_the_first_completion() {
        clock.setTo(LocalDateTime.of(2026, 11, 2, 15, 0));
        curriculum.open(W1D1);
        curriculum.complete(W1D1);
        clock.setTo(LocalDateTime.of(2026, 11, 5, 15, 0));
        curriculum.complete(W1D1);
        assertThat(jdbc.queryForObject("select count(*) from module_progress where account_id = ?", Long.class, trainee.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select completed_at from module_progress where account_id = ? and content_key = ?",
                java.sql.Timestamp.class, trainee.id(), W1D1).toLocalDateTime().toLocalDate())
                .isBeforeOrEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void a_trainers_edit_becomes_a_new_version_and_progress_keeps_pointing_at_the_version_read() {
        ModulePage before = curriculum.open(W1D1);
        signInAs(newAccount("讲师", Role.TRAINER));
        String text = curriculum.currentText(W1D1);
        String addition = "新增的一段内容：" + unique("补充");
        StoredVersion saved = curriculum.saveEdit(W1D1, text + "\n\n## 补充说明\n\n" + addition + "\n");
        assertThat(saved.versionNo()).isGreaterThan(before.versionNo());
        assertThat(saved.origin()).isEqualTo(StoredVersion.Origin.EDITOR);
        assertThat(curriculum.preview(W1D1, before.versionNo()).rendered().html()).doesNotContain(addition);

        signInAs(trainee);
        assertThat(jdbc.queryForObject("select last_version_id from module_progress where account_id = ? and content_key = ?",
                Long.class, trainee.id(), W1D1)).isEqualTo(before.versionId());
        ModulePage after = curriculum.open(W1D1);
        assertThat(after.versionId()).isEqualTo(saved.id());
        assertThat(after.rendered().html()).contains(addition);
    }

    @Test
    void an_edit_with_problems_is_refused_and_saves_nothing() {
        signInAs(newAccount("讲师", Role.TRAINER));
        int versions = curriculum.history(W1D1).size();
        String broken = curriculum.currentText(W1D1).replace("competences: [", "competences: [flying, ");
        assertThatThrownBy(() -> curriculum.saveEdit(W1D1, broken))
                .isInstanceOfSatisfying(ContentRejectedException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("content.problem.unknown-competence")));
        assertThat(curriculum.history(W1D1)).hasSize(versions);
    }

    @Test
    void search_finds_chinese_phrases_in_titles_and_text() {
        assertThat(curriculum.search("首问责任制")).isNotEmpty()
                .anySatisfy(h -> assertThat(h.snippet()).contains("首问责任"));
        assertThat(curriculum.search("电梯困人")).extracting(h -> h.module().key()).contains("w3d3-emergency-response");
        assertThat(curriculum.search("完全不存在的词语组合")).isEmpty();
        assertThat(curriculum.search("100%")).as("% is matched literally").allSatisfy(h -> assertThat(h.snippet()).contains("%"));
        assertThatThrownBy(() -> curriculum.search("长".repeat(51))).isInstanceOf(UserFacingException.class);
    }

    @Test
    void trainees_cannot_edit_or_reload_and_other_roles_have_no_plan() {
        assertThatThrownBy(() -> curriculum.saveEdit(W1D1, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curriculum.currentText(W1D1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curriculum.importProgress(trainee.id(), W1D1, clock.instant(), 60))
                .isInstanceOf(AccessDeniedException.class);
        signInAs(newAccount("讲师", Role.TRAINER));
        assertThatThrownBy(() -> curriculum.myPlan()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curriculum.complete(W1D1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_trainer_reading_a_module_leaves_no_progress_record() {
        AccountSummary trainer = newAccount("讲师", Role.TRAINER);
        signInAs(trainer);
        curriculum.open(W1D1);
        assertThat(jdbc.queryForObject("select count(*) from module_progress where account_id = ?", Long.class, trainer.id()))
                .isZero();
    }
}
