package org.kefuacademy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The shared form-field rules, without Spring: trim, required, boundary lengths, characters, dates, ranges. */
class FieldsTest {

    @Test
    void required_text_is_trimmed_and_exactly_the_maximum_passes_one_more_fails() {
        assertThat(Fields.required("  张三 \n", 10, "req", "long")).isEqualTo("张三");
        assertThat(Fields.required("字".repeat(10), 10, "req", "long")).hasSize(10);
        refused(() -> Fields.required("字".repeat(11), 10, "req", "long"), "long", 10);
        refused(() -> Fields.required(" \t\n ", 10, "req", "long"), "req", 10);
        refused(() -> Fields.required(null, 10, "req", "long"), "req", 10);
    }

    @Test
    void optional_text_is_null_when_blank_and_still_limited() {
        assertThat(Fields.optional("   ", 5, "long")).isNull();
        assertThat(Fields.optional(null, 5, "long")).isNull();
        assertThat(Fields.optional(" 12345 ", 5, "long")).isEqualTo("12345");
        refused(() -> Fields.optional("123456", 5, "long"), "long", 5);
    }

    @Test
    void control_characters_and_broken_surrogates_are_refused_with_their_position_but_emoji_and_line_breaks_pass() {
        assertThat(Fields.required("第一行\r\n第二行\t😀👩‍👩‍👧 <b>'; drop table x;--", 100, "req", "long"))
                .contains("😀", "\r\n", "\t");
        refused(() -> Fields.required("ab\u0000c", 10, "req", "long"), "form.bad-characters", 3, "U+0000");
        refused(() -> Fields.required("ab\u001Bc", 10, "req", "long"), "form.bad-characters", 3, "U+001B");
        refused(() -> Fields.required("a\uD83D", 10, "req", "long"), "form.bad-characters", 2, "U+D83D");
        refused(() -> Fields.required("a\uDE00b", 10, "req", "long"), "form.bad-characters", 2, "U+DE00");
        refused(() -> Fields.optional("a\uFFFF", 10, "long"), "form.bad-characters", 2, "U+FFFF");
        assertThat(Fields.isStorable("正常文字 😀")).isTrue();
        assertThat(Fields.isStorable("\u0007")).isFalse();
    }

    @Test
    void dates_must_lie_in_the_usable_window() {
        assertThat(Fields.date(LocalDate.of(2026, 9, 7), "req")).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(Fields.date(Fields.EARLIEST_DATE, "req")).isEqualTo(Fields.EARLIEST_DATE);
        assertThat(Fields.optionalDate(Fields.LATEST_DATE)).isEqualTo(Fields.LATEST_DATE);
        assertThat(Fields.optionalDate(null)).isNull();
        refused(() -> Fields.date(null, "req"), "req");
        refused(() -> Fields.date(LocalDate.of(202, 9, 7), "req"), "form.date-out-of-range", LocalDate.of(202, 9, 7),
                Fields.EARLIEST_DATE, Fields.LATEST_DATE);
        refused(() -> Fields.optionalDate(Fields.EARLIEST_DATE.minusDays(1)), "form.date-out-of-range",
                Fields.EARLIEST_DATE.minusDays(1), Fields.EARLIEST_DATE, Fields.LATEST_DATE);
        refused(() -> Fields.optionalDate(LocalDate.of(20266, 1, 1)), "form.date-out-of-range", LocalDate.of(20266, 1, 1),
                Fields.EARLIEST_DATE, Fields.LATEST_DATE);
    }

    @Test
    void numbers_outside_their_range_are_refused_with_value_and_bounds() {
        assertThat(Fields.between(0, 0, 5, "range")).isZero();
        assertThat(Fields.between(5, 0, 5, "range")).isEqualTo(5);
        refused(() -> Fields.between(6, 0, 5, "range"), "range", 6, 0, 5);
        refused(() -> Fields.between(-1, 0, 5, "range"), "range", -1, 0, 5);
        refused(() -> Fields.between(null, 0, 5, "range"), "range", "", 0, 5);
    }

    private static void refused(ThrowingCallable call, String key, Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(args);
        });
    }
}
