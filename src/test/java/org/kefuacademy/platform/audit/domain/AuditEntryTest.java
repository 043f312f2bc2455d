package org.kefuacademy.platform.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A long detail is cut to the column, never through an emoji's surrogate pair. */
class AuditEntryTest {
    @Test
    void a_long_detail_is_cut_to_the_column_without_splitting_a_character() {
        String emojiAcrossTheEdge = "备".repeat(499) + "😀" + "尾";
        assertThat(AuditEntry.cut(emojiAcrossTheEdge, 500)).isEqualTo("备".repeat(499));
        String plain = "备".repeat(600);
        assertThat(AuditEntry.cut(plain, 500)).hasSize(500);
        assertThat(AuditEntry.cut("短", 500)).isEqualTo("短");
        assertThat(AuditEntry.cut(null, 500)).isNull();
    }
}
