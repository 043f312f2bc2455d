package org.kefuacademy.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.Refusals.refused;

import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The module search box: bounded, and SQL in it is plain text. */
class SearchFormValidationTest extends DatabaseTest {
    @Autowired
    CurriculumService curriculum;

    @Test
    void a_search_longer_than_the_limit_is_refused_and_sql_in_it_matches_nothing() {
        signInAs(newAccount("学员", Role.TRAINEE));
        refused(() -> curriculum.search("字".repeat(CurriculumService.SEARCH_MAX_LENGTH + 1)), "search.too-long",
                CurriculumService.SEARCH_MAX_LENGTH);
        assertThat(curriculum.search("字".repeat(CurriculumService.SEARCH_MAX_LENGTH))).isEmpty();
        assertThat(curriculum.search("' or '1'='1")).isEmpty();
        assertThat(curriculum.search("投诉")).isNotEmpty();
    }
}
