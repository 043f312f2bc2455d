package org.kefuacademy.demo;

import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.security.KefuUser;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The signed-in identity of a demo account, so that demo data is made through the real services as that person. */
@Component
@Profile("demo")
public class DemoUsers {
    private final AccountService accounts;

    DemoUsers(AccountService accounts) {
        this.accounts = accounts;
    }

    public KefuUser user(DemoAccounts.Demo who) {
        AccountSummary a = SystemAuthentication.callAsSystem(() -> accounts.search(who.username(), PageRequest.of(0, 1))).getFirst();
        return new KefuUser(a.id(), a.username(), a.displayName(), "", true, a.roles());
    }
}
