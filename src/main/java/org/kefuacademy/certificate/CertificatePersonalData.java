package org.kefuacademy.certificate;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.platform.privacy.PersonalRows;
import org.springframework.stereotype.Component;

/**
 * Certificates issued to the person. Anonymising removes the name on them and any reason given for
 * revoking one; code, result and dates stay, so a certificate already handed out still verifies,
 * without a name.
 */
@Component
class CertificatePersonalData implements PersonalDataSource {
    private final PersonalRows rows;

    CertificatePersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String section() {
        return "certificates";
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public List<Map<String, Object>> export(long accountId) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.addAll(rows.rows("certificate", "select * from certificate where account_id = ? order by issued_at, id", accountId));
        return all;
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId) {
        rows.update("update certificate set person_name = '', revoke_reason = null where account_id = ?", accountId);
    }
}
