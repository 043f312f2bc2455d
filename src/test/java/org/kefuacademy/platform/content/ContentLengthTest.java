package org.kefuacademy.platform.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.Refusals.refused;

import org.junit.jupiter.api.Test;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The four content editors save through one store: text longer than its column is refused, not a SQL error. */
class ContentLengthTest extends DatabaseTest {
    @Autowired
    ContentVersionService versions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_text_one_character_over_the_limit_is_refused_and_exactly_the_limit_is_stored() {
        String key = unique("long");
        refused(() -> store(key, "字".repeat(ContentVersionService.MAX_TEXT_LENGTH + 1)), "content.too-long",
                ContentVersionService.MAX_TEXT_LENGTH);
        assertThat(jdbc.queryForObject("select count(*) from content_version where content_key = ?", Long.class, key)).isZero();

        StoredVersion stored = store(key, "字".repeat(ContentVersionService.MAX_TEXT_LENGTH));
        assertThat(stored.body()).hasSize(ContentVersionService.MAX_TEXT_LENGTH);
    }

    private StoredVersion store(String key, String text) {
        return transactions.execute(tx -> versions.store("test", key, text, StoredVersion.Origin.EDITOR, null, null));
    }
}
