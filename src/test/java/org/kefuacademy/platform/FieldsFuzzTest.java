package org.kefuacademy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import org.kefuacademy.testsupport.fuzz.FormText;

/**
 * Arbitrary text (very long, control characters, emoji, Chinese, SQL, HTML, broken surrogates) through the
 * shared field rules: accepted exactly as trimmed and storable, or refused with one of the field's keys.
 */
@Tag("fuzz")
class FieldsFuzzTest {
    private static final int MAX = 100;

    @Property(tries = 1000)
    void text_is_accepted_trimmed_and_storable_or_refused_with_a_field_key(@ForAll("text") String input) {
        try {
            String accepted = Fields.required(input, MAX, "req", "long");
            assertThat(accepted).isEqualTo(input.strip()).isNotEmpty();
            assertThat(accepted.length()).isLessThanOrEqualTo(MAX);
            assertThat(Fields.isStorable(accepted)).isTrue();
        } catch (UserFacingException refused) {
            assertThat(refused.messageKey()).isIn("req", "long", "form.bad-characters");
            if (refused.messageKey().equals("req")) {
                assertThat(input == null || input.isBlank()).isTrue();
            } else if (refused.messageKey().equals("long")) {
                assertThat(input.strip().length()).isGreaterThan(MAX);
            } else {
                assertThat(Fields.isStorable(input)).isFalse();
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> text() {
        return FormText.arbitrary(MAX);
    }
}
