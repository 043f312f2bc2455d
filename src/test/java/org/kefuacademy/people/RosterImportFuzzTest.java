package org.kefuacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.fuzz.ContentProblemRules.assertKnownKey;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.testsupport.DatabaseTest;
import org.kefuacademy.testsupport.fuzz.RosterFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Damaged roster uploads through the real import (Spring context and database, so a seeded loop rather than
 * jqwik, whose engine does not run Spring's extension): the preview names the row of every problem, and an
 * upload with any problem creates no account at all. The seed is printed in each assertion's description.
 */
@Tag("fuzz")
class RosterImportFuzzTest extends DatabaseTest {
    private static final int TRIES = 40;

    @Autowired
    RosterImport roster;
    @Autowired
    CohortService cohorts;
    @Autowired
    JdbcTemplate jdbc;

    private String cohort;

    @BeforeEach
    void hrAndACohort() {
        signInAs(newAccount("赵敏", Role.HR));
        cohort = unique("2026年9月开班");
        cohorts.create(new CohortDraft(cohort, LocalDate.of(2026, 9, 7), Set.of(), Set.of()));
    }

    @Test
    void a_damaged_csv_roster_imports_whole_or_creates_no_account() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            String csv = RosterFiles.csv(RosterFiles.rows(employeePrefix(i), cohort));
            check("花名册.csv", RosterFiles.mutatedCsv(csv, random, 1 + random.nextInt(4)), seed + "/" + i);
        }
    }

    @Test
    void a_damaged_xlsx_roster_imports_whole_or_creates_no_account() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < TRIES / 2; i++) {
            byte[] xlsx = RosterFiles.xlsx(RosterFiles.rows(employeePrefix(i), cohort));
            check("花名册.xlsx", RosterFiles.damagedXlsx(xlsx, random, 1 + random.nextInt(3)), seed + "/" + i);
        }
    }

    @Test
    void the_undamaged_roster_imports_all_three() {
        String csv = RosterFiles.csv(RosterFiles.rows(employeePrefix(0), cohort));
        long before = accounts();
        assertThat(roster.importRoster("花名册.csv", csv.getBytes(StandardCharsets.UTF_8))).hasSize(3);
        assertThat(accounts()).isEqualTo(before + 3);
    }

    private void check(String name, byte[] bytes, String tryId) {
        long before = accounts();
        RosterPreview preview;
        try {
            preview = roster.preview(name, bytes);
        } catch (UserFacingException refused) {
            assertKnownKey(refused.messageKey(), "refusal in try " + tryId);
            assertThat(accounts()).as("try %s", tryId).isEqualTo(before);
            return;
        }
        for (RosterRow row : preview.rows()) {
            assertThat(row.line()).as("try %s", tryId).isPositive();
            for (RosterProblem problem : row.problems()) {
                assertKnownKey(problem.messageKey(), "try " + tryId);
                assertThat(problem.arguments().getFirst()).as("try %s: the problem names its row", tryId)
                        .isEqualTo(Integer.toString(row.line()));
            }
        }
        try {
            List<ImportedTrainee> created = roster.importRoster(name, bytes);
            assertThat(preview.importable()).as("try %s imported despite problems", tryId).isTrue();
            assertThat(accounts()).as("try %s", tryId).isEqualTo(before + created.size());
        } catch (UserFacingException refused) {
            assertThat(preview.importable()).as("try %s refused although the preview was clean", tryId).isFalse();
            assertThat(accounts()).as("try %s: a refused import creates nothing", tryId).isEqualTo(before);
        }
    }

    /** Letters and digits only, new in every try and every run (the MariaDB suite keeps earlier runs' accounts). */
    private static String employeePrefix(int i) {
        return "FZ" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "T" + i + "N";
    }

    private long accounts() {
        return jdbc.queryForObject("select count(*) from account", Long.class);
    }
}
