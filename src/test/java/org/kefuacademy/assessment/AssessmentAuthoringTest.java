package org.kefuacademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.ContentRejectedException;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Editing an assessment definition in the app: checked (draws included), saved as a new version, trainers only. */
class AssessmentAuthoringTest extends DatabaseTest {
    private static final String WEEK3 = "assessment-week3";
    @Autowired
    AssessmentAuthoring authoring;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_draw_asking_for_a_topic_the_bank_lacks_is_named_and_nothing_is_saved() {
        signInAs(newAccount("讲师", Role.TRAINER));
        String text = authoring.currentText(WEEK3);
        String broken = text.replaceFirst("count: 5", "count: 5\n    topic: 不存在的知识点");
        assertThat(authoring.check(WEEK3, broken)).extracting(ContentProblem::messageKey).contains("quiz.problem.bank-too-small");
        Long before = jdbc.queryForObject("select current_version_id from assessment where assessment_key = ?", Long.class, WEEK3);
        assertThatThrownBy(() -> authoring.save(WEEK3, broken)).isInstanceOf(ContentRejectedException.class);
        assertThat(jdbc.queryForObject("select current_version_id from assessment where assessment_key = ?", Long.class, WEEK3))
                .isEqualTo(before);
        assertThat(authoring.check(WEEK3, text.replace("pass-mark: 80", "pass-mark: 180")))
                .extracting(ContentProblem::messageKey).containsExactly("content.problem.out-of-range");
    }

    @Test
    void a_valid_edit_becomes_the_current_version() {
        signInAs(newAccount("讲师", Role.TRAINER));
        String text = authoring.currentText(WEEK3);
        String edited = text.stripTrailing() + "\n\n祝你考试顺利。\n";
        assertThat(authoring.check(WEEK3, edited)).isEmpty();
        StoredVersion saved = authoring.save(WEEK3, edited);
        assertThat(saved.origin()).isEqualTo(StoredVersion.Origin.EDITOR);
        assertThat(jdbc.queryForObject("select current_version_id from assessment where assessment_key = ?", Long.class, WEEK3))
                .isEqualTo(saved.id());
        assertThat(authoring.currentText(WEEK3)).endsWith("祝你考试顺利。\n");
    }

    @Test
    void trainees_cannot_read_or_edit_definitions() {
        signInAs(newAccount("学员", Role.TRAINEE));
        assertThatThrownBy(() -> authoring.currentText(WEEK3)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.save(WEEK3, "x")).isInstanceOf(AccessDeniedException.class);
    }
}
