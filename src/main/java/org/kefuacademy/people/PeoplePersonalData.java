package org.kefuacademy.people;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kefuacademy.people.domain.AccountRepository;
import org.kefuacademy.people.domain.CohortMember;
import org.kefuacademy.people.domain.CohortMemberRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.platform.privacy.PersonalRows;
import org.kefuacademy.platform.security.ActiveSessions;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The account (profile, roles; never the password hash) and cohort memberships. Anonymising empties
 * the account: see {@link org.kefuacademy.people.domain.Account#anonymise}. Memberships stay (they are
 * what cohort figures count) without the free-text reason for leaving.
 */
@Component
class PeoplePersonalData implements PersonalDataSource {
    private final PersonalRows rows;
    private final AccountRepository accounts;
    private final CohortMemberRepository members;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ActiveSessions sessions;

    PeoplePersonalData(PersonalRows rows, AccountRepository accounts, CohortMemberRepository members, PasswordEncoder passwords,
                       Clock clock, ActiveSessions sessions) {
        this.sessions = sessions;
        this.rows = rows;
        this.accounts = accounts;
        this.members = members;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "people";
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public List<Map<String, Object>> export(long accountId) {
        List<Map<String, Object>> all = new ArrayList<>(rows.rows("account", """
                select id, username, display_name, enabled, employee_no, phone, email, created_at, updated_at,
                       disabled_at, anonymised_at from account where id = ?""", accountId));
        all.addAll(rows.rows("role", "select role_name from account_role where account_id = ? order by role_name", accountId));
        all.addAll(rows.rows("cohort_membership", """
                select m.cohort_id, c.name as cohort_name, c.start_date, m.member_role, m.joined_at, m.status, m.left_on,
                       m.leave_reason
                from cohort_member m join cohort c on c.id = m.cohort_id where m.account_id = ? order by m.joined_at""", accountId));
        return all;
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId) {
        accounts.findById(accountId).ifPresent(a -> a.anonymise("anon-" + random(), passwords.encode(random() + random()), clock.instant()));
        sessions.endSessionsOf(accountId);
        // Why someone left is free text about them; the status and the day stay for the cohort's figures.
        members.findByAccountIdAndMemberRoleOrderByJoinedAt(accountId, CohortMember.MemberRole.TRAINEE).stream()
                .filter(m -> m.getLeaveReason() != null).forEach(m -> m.leave(m.getStatus(), m.getLeftOn(), null));
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
