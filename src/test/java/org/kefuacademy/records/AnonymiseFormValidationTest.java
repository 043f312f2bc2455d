package org.kefuacademy.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.Refusals.refused;

import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The anonymise dialog's confirmation must be the person's name exactly (trimmed); anything else changes nothing. */
class AnonymiseFormValidationTest extends DatabaseTest {
    @Autowired
    Anonymisation anonymisation;

    @Test
    void a_wrong_or_blank_confirmation_is_refused_and_the_person_stays() {
        AccountSummary person = newAccount("欧阳晓雯", Role.TRAINEE);
        signInAs(newAccount("人事", Role.HR, Role.ADMIN));
        for (String wrong : new String[] {"", "  ", "欧阳晓", "欧阳晓雯\u0000", "' or '1'='1"}) {
            refused(() -> anonymisation.anonymise(person.id(), wrong), "privacy.confirm-mismatch");
        }
        refused(() -> anonymisation.anonymise(person.id(), null), "privacy.confirm-mismatch");
        assertThat(anonymisation.isAnonymised(person.id())).isFalse();
        assertThat(accountService.get(person.id()).displayName()).isEqualTo("欧阳晓雯");

        anonymisation.anonymise(person.id(), " 欧阳晓雯 ");
        assertThat(anonymisation.isAnonymised(person.id())).isTrue();
    }
}
