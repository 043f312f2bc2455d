package org.kefuacademy.people;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kefuacademy.platform.UserFacingException;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "short1, password.too-short",
        "'', password.too-short",
        "Password, password.too-common",
        "88888888, password.too-common",
        "my-li.wei-pass, password.contains-username",
        "01234567890123456789012345678901234567890123456789012345678901234, password.too-long"})
    void refuses_with_the_rule_broken(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "li.wei"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kefu@2026", "correct horse battery", "客服学院欢迎你们两位"})
    void accepts_long_uncommon_passwords_including_chinese(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, "li.wei")).doesNotThrowAnyException();
    }
}
