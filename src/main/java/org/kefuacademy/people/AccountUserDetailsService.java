package org.kefuacademy.people;

import org.kefuacademy.people.domain.Account;
import org.kefuacademy.people.domain.AccountRepository;
import org.kefuacademy.platform.security.KefuUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in looks accounts up here; a disabled account is refused by Spring Security itself. */
@Service
class AccountUserDetailsService implements UserDetailsService {
    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new KefuUser(a.getId(), a.getUsername(), a.getDisplayName(), a.getPasswordHash(), a.isEnabled(),
                a.getRoles());
    }
}
