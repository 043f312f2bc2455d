package org.kefuacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.KefuUser;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountServiceTest extends DatabaseTest {
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.kefuacademy.platform.audit.AuditLog audit;

    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** Role authorities only (Spring Security 7 adds a FACTOR_PASSWORD authority after a password sign-in). */
    private static java.util.List<String> roles(Authentication auth) {
        return auth.getAuthorities().stream().map(Object::toString).filter(a -> a.startsWith("ROLE_")).toList();
    }

    private AccountSummary admin() {
        return newAccount("管理员", Role.ADMIN);
    }

    @Test
    void created_account_can_sign_in_and_its_password_is_stored_only_as_a_bcrypt_hash() {
        signInAs(admin());
        AccountSummary created = accountService.create(new AccountDraft(unique("li"), "李晓雯",
                Set.of(Role.TRAINEE), "K001", "138 0000 0000", "li@example.cn"), "Xiaowen#2026");

        String stored = jdbc.queryForObject("select password_hash from account where id = ?", String.class, created.id());
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("Xiaowen#2026");
        Authentication auth = signIn(created.username(), "Xiaowen#2026");
        assertThat(((KefuUser) auth.getPrincipal()).accountId()).isEqualTo(created.id());
        assertThat(roles(auth)).containsExactly("ROLE_TRAINEE");
        assertThatThrownBy(() -> signIn(created.username(), "wrong-password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void chinese_names_round_trip_unchanged() {
        AccountSummary a = newAccount("欧阳喆堃", Role.TRAINEE);
        signInAs(admin());
        assertThat(accountService.get(a.id()).displayName()).isEqualTo("欧阳喆堃");
    }

    @Test
    void a_disabled_account_cannot_sign_in_until_re_enabled() {
        AccountSummary trainee = newAccount("陈浩", Role.TRAINEE);
        signInAs(admin());
        accountService.setEnabled(trainee.id(), false);

        assertThatThrownBy(() -> signIn(trainee.username(), PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(accountService.get(trainee.id()).enabled()).isFalse();

        accountService.setEnabled(trainee.id(), true);
        assertThat(signIn(trainee.username(), PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void role_change_takes_effect_at_next_sign_in() {
        AccountSummary person = newAccount("王建国", Role.TRAINEE);
        signInAs(admin());
        accountService.update(person.id(), new AccountDraft(person.username(), "王建国", Set.of(Role.TRAINER, Role.HR),
                null, null, null));

        assertThat(accountService.get(person.id()).roles()).containsExactlyInAnyOrder(Role.TRAINER, Role.HR);
        assertThat(roles(signIn(person.username(), PASSWORD))).containsExactlyInAnyOrder("ROLE_TRAINER", "ROLE_HR");
    }

    @Test
    void password_reset_replaces_the_old_password() {
        AccountSummary person = newAccount("周婷", Role.TRAINEE);
        signInAs(admin());
        accountService.resetPassword(person.id(), "Zhouting-new-1");

        assertThatThrownBy(() -> signIn(person.username(), PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(person.username(), "Zhouting-new-1").isAuthenticated()).isTrue();

        signInAs(person);
        assertThat(accountService.mustChangePassword()).as("a reset password is temporary").isTrue();
        accountService.changeOwnPassword("Zhouting-new-1", "Zhouting-mine-2");
        assertThat(accountService.mustChangePassword()).isFalse();
    }

    @Test
    void weak_passwords_are_refused_with_the_rule_they_break() {
        AccountSummary person = newAccount("吴俊杰", Role.TRAINEE);
        signInAs(admin());
        assertThatThrownBy(() -> accountService.resetPassword(person.id(), "short"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("password.too-short"));
        assertThatThrownBy(() -> accountService.resetPassword(person.id(), "12345678"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("password.too-common"));
        assertThat(signIn(person.username(), PASSWORD).isAuthenticated()).as("old password still valid").isTrue();
    }

    @Test
    void duplicate_user_names_are_refused_and_nothing_is_created() {
        AccountSummary existing = newAccount("甲", Role.TRAINEE);
        signInAs(admin());
        long before = jdbc.queryForObject("select count(*) from account", Long.class);
        assertThatThrownBy(() -> accountService.create(new AccountDraft(existing.username(), "乙", Set.of(Role.TRAINEE),
                null, null, null), "Another#pass1"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("account.username-taken"));
        assertThat(jdbc.queryForObject("select count(*) from account", Long.class)).isEqualTo(before);
    }

    @Test
    void invalid_form_input_is_refused_with_a_message_naming_the_field() {
        signInAs(admin());
        assertThatThrownBy(() -> accountService.create(new AccountDraft("有空格 的名字", "张三", Set.of(Role.TRAINEE),
                null, null, null), "Valid#pass1"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("account.username-invalid"));
        assertThatThrownBy(() -> accountService.create(new AccountDraft(unique("x"), "  ", Set.of(Role.TRAINEE),
                null, null, null), "Valid#pass1"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("account.display-name-invalid"));
        assertThatThrownBy(() -> accountService.create(new AccountDraft(unique("x"), "张三", Set.of(),
                null, null, null), "Valid#pass1"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("account.roles-required"));
        assertThatThrownBy(() -> accountService.create(new AccountDraft(unique("x"), "张三", Set.of(Role.TRAINEE),
                null, null, "not-an-email"), "Valid#pass1"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("account.email-invalid"));
    }

    @Test
    void the_last_enabled_administrator_cannot_be_disabled_or_demoted() {
        AccountSummary onlyAdmin = admin();
        SystemAuthentication.runAsSystem(() -> {
            // Leave exactly one enabled administrator in the database.
            for (AccountSummary a : accountService.search("", PageRequest.of(0, 10_000))) {
                if (a.hasRole(Role.ADMIN) && a.enabled() && a.id() != onlyAdmin.id()) {
                    accountService.update(a.id(), new AccountDraft(a.username(), a.displayName(), Set.of(Role.HR),
                            null, null, null));
                }
            }
        });
        signInAs(onlyAdmin);
        assertThatThrownBy(() -> accountService.setEnabled(onlyAdmin.id(), false))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("account.last-admin"));
        assertThatThrownBy(() -> accountService.update(onlyAdmin.id(), new AccountDraft(onlyAdmin.username(), "管理员",
                Set.of(Role.HR), null, null, null)))
                .isInstanceOf(UserFacingException.class);

        AccountSummary second = admin();
        accountService.setEnabled(onlyAdmin.id(), false);
        assertThat(accountService.get(onlyAdmin.id()).enabled()).isFalse();
        assertThat(accountService.get(second.id()).enabled()).isTrue();
    }

    @Test
    void only_administrators_manage_accounts() {
        AccountSummary target = newAccount("目标", Role.TRAINEE);
        for (Role role : new Role[] {Role.TRAINEE, Role.TRAINER, Role.HR}) {
            signInAs(newAccount("非管理员", role));
            assertThatThrownBy(() -> accountService.create(new AccountDraft(unique("n"), "新人", Set.of(Role.ADMIN),
                    null, null, null), "Valid#pass1")).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accountService.setEnabled(target.id(), false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accountService.resetPassword(target.id(), "Valid#pass1")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accountService.search("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void everyone_sees_and_changes_only_their_own_account() {
        AccountSummary trainee = newAccount("自己", Role.TRAINEE);
        signInAs(trainee);
        assertThat(accountService.me().id()).isEqualTo(trainee.id());

        assertThatThrownBy(() -> accountService.changeOwnPassword("wrong", "Brand-new#1"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("password.current-wrong"));
        accountService.changeOwnPassword(PASSWORD, "Brand-new#1");
        assertThat(signIn(trainee.username(), "Brand-new#1").isAuthenticated()).isTrue();
    }

    @Test
    void search_finds_by_name_and_is_case_insensitive() {
        AccountSummary a = newAccount("Zhang Wei 张伟", Role.TRAINEE);
        signInAs(admin());
        assertThat(accountService.search("zhang wei", PageRequest.of(0, 50))).extracting(AccountSummary::id).contains(a.id());
        assertThat(accountService.search("张伟", PageRequest.of(0, 50))).extracting(AccountSummary::id).contains(a.id());
        assertThat(accountService.search(a.username().toUpperCase(), PageRequest.of(0, 50)))
                .extracting(AccountSummary::id).containsExactly(a.id());
    }

    @Test
    void every_account_change_by_an_administrator_is_audited_with_its_subject() {
        AccountSummary admin = admin();
        signInAs(admin);
        AccountSummary created = accountService.create(new AccountDraft(unique("audit"), "审计对象", Set.of(Role.TRAINEE),
                null, null, null), "Shenji#2026-ok");
        accountService.update(created.id(), new AccountDraft(created.username(), "审计对象", Set.of(Role.TRAINER), null, null, null));
        accountService.setEnabled(created.id(), false);
        accountService.setEnabled(created.id(), true);
        accountService.resetPassword(created.id(), "Shenji#2026-new");

        assertThat(audit.search(created.id(), admin.id(), 0, 10)).extracting(org.kefuacademy.platform.audit.AuditLog.Line::action)
                .containsExactly(AccountService.AUDIT_RESET_PASSWORD, AccountService.AUDIT_ENABLE, AccountService.AUDIT_DISABLE,
                        AccountService.AUDIT_UPDATE, AccountService.AUDIT_CREATE);
        assertThat(audit.search(new org.kefuacademy.platform.audit.AuditLog.Filter(created.id(), null, AccountService.AUDIT_UPDATE), 0, 5))
                .singleElement().satisfies(l -> assertThat(l.detail()).contains("TRAINEE", "TRAINER"));
        assertThat(audit.search(created.id(), admin.id(), 0, 10)).noneSatisfy(l -> assertThat(l.detail()).contains("Shenji"));
    }
}
