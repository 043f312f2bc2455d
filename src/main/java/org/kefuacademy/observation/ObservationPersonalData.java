package org.kefuacademy.observation;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.platform.privacy.PersonalRows;
import org.springframework.stereotype.Component;

/**
 * Observed drills and each item's score and note. Anonymising blanks the observers' comments; points
 * stay.
 */
@Component
class ObservationPersonalData implements PersonalDataSource {
    private final PersonalRows rows;

    ObservationPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String section() {
        return "observations";
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public List<Map<String, Object>> export(long accountId) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.addAll(rows.rows("observation", "select * from observation where account_id = ? order by observed_at, id", accountId));
        all.addAll(rows.rows("item", """
                select i.* from observation_item i join observation o on o.id = i.observation_id
                where o.account_id = ? order by i.observation_id, i.item_no""", accountId));
        return all;
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId) {
        rows.update("update observation set comment_text = null where account_id = ?", accountId);
        rows.update("""
                update observation_item set comment_text = null
                where observation_id in (select o.id from observation o where o.account_id = ?)""", accountId);
    }
}
