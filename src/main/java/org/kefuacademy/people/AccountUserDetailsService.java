package org.kefuacademy.people;

import java.time.Clock;
import org.kefuacademy.people.domain.Account;
import org.kefuacademy.people.domain.AccountRepository;
import org.kefuacademy.platform.security.KefuUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in looks accounts up here; a disabled or locked account (too many failed sign-ins, see
 * {@link SignInAttempts}) is refused by Spring Security itself, after the password is checked ({@link SignInProvider}).
 */
@Service
class AccountUserDetailsService implements UserDetailsService {
    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new KefuUser(a.getId(), a.getUsername(), a.getDisplayName(), a.getPasswordHash(), a.isEnabled(),
                a.getRoles(), !a.isLockedAt(clock.instant()));
    }
}
