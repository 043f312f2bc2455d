package org.kefuacademy.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.kefuacademy.platform.UserFacingException;

/** Asserts a refusal the user can act on: exactly this bundle key with exactly these arguments. */
public final class Refusals {
    private Refusals() {
    }

    public static void refused(ThrowingCallable call, String key, Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(args);
        });
    }
}
