package org.kefuacademy.competence;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.platform.privacy.PersonalRows;
import org.springframework.stereotype.Component;

/**
 * The evidence ledger rows. They hold numbers and the label of their source (a question, a step, a
 * checklist item), nothing written by or about the person, so anonymising leaves them as they are.
 */
@Component
class CompetencePersonalData implements PersonalDataSource {
    private final PersonalRows rows;

    CompetencePersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String section() {
        return "competence";
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public List<Map<String, Object>> export(long accountId) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.addAll(rows.rows("evidence", "select * from competence_evidence where account_id = ? order by recorded_at, id", accountId));
        return all;
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId) {
        // Numbers and content labels only: nothing here names the person.
    }
}
