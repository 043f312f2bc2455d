package org.kefuacademy.mentoring;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.stereotype.Component;

/** Display names for account ids; a trainee reads their mentor's name through the system's eyes (names only). */
@Component
class AccountNames {
    private final AccountService accounts;
    private final CurrentUser currentUser;

    AccountNames(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    Map<Long, String> of(Collection<Long> ids) {
        var wanted = new HashSet<>(ids);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        var found = currentUser.require().isStaff() ? accounts.findAll(wanted)
                : SystemAuthentication.callAsSystem(() -> accounts.findAll(wanted));
        return found.stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
    }
}
