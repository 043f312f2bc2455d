package org.kefuacademy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kefuacademy.observation.ObservationContentSync;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.content.SyncReport;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Reloading the survey and checklist folders through the shared {@code ContentFolder}: files found, report kept, role checked. */
class SurveyContentSyncTest extends DatabaseTest {
    @Autowired
    SurveyContentSync surveys;
    @Autowired
    ObservationContentSync checklists;

    @Test
    void a_reload_reads_every_file_of_the_folder_and_keeps_its_report() {
        signInAs(newAccount("内容管理员", Role.ADMIN));

        SyncReport survey = surveys.reload();
        assertThat(survey.problems()).isEmpty();
        assertThat(survey.unchanged()).as("the weekly and the final survey, loaded at start-up").hasSize(2);
        assertThat(surveys.lastReport()).isSameAs(survey);

        SyncReport checklist = checklists.reload();
        assertThat(checklist.problems()).isEmpty();
        assertThat(checklist.unchanged()).isNotEmpty();
        assertThat(checklists.lastReport()).isSameAs(checklist);
    }

    @Test
    void a_trainee_may_not_reload() {
        signInAs(newAccount("学员", Role.TRAINEE));
        assertThatThrownBy(surveys::reload).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(checklists::reload).isInstanceOf(AccessDeniedException.class);
    }
}
