package org.kefuacademy.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.platform.privacy.PersonalRows;
import org.springframework.stereotype.Component;

/**
 * The audit lines about the person (who opened or changed their data) and those they wrote as an actor.
 * The log itself stays — it is the proof of who did what — but after anonymisation it keeps ids, not
 * names: the free-text detail of the lines about the person (which may name them) is removed.
 */
@Component
class AuditPersonalData implements PersonalDataSource {
    private final PersonalRows rows;

    AuditPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String section() {
        return "audit";
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public List<Map<String, Object>> export(long accountId) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.addAll(rows.rows("about", "select * from audit_log where subject_account_id = ? order by at, id", accountId));
        all.addAll(rows.rows("by", "select * from audit_log where actor_id = ? order by at, id", accountId));
        return all;
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId) {
        rows.update("update audit_log set detail = null where subject_account_id = ?", accountId);
    }
}
