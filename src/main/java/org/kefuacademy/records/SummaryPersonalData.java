package org.kefuacademy.records;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.platform.privacy.PersonalRows;
import org.springframework.stereotype.Component;

/**
 * Weekly summaries the person wrote, with the trainer's comment on each. Anonymising blanks both
 * texts; weeks and dates stay.
 */
@Component
class SummaryPersonalData implements PersonalDataSource {
    private final PersonalRows rows;

    SummaryPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String section() {
        return "summaries";
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public List<Map<String, Object>> export(long accountId) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.addAll(rows.rows("weekly_summary", "select * from weekly_summary where account_id = ? order by cohort_id, week_no", accountId));
        return all;
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId) {
        rows.update("update weekly_summary set body = '', comment_text = null where account_id = ?", accountId);
    }
}
